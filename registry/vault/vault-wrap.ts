/**
 * Wrapping keys inside the vault: XChaCha20-Poly1305 with a random nonce, the associated data
 * naming the vault and the slot, so a wrapped key moved to another slot or vault does not open.
 */
import { randomBytes } from 'node:crypto';
import { SealOpenError, XCHACHA_NONCE_LENGTH, xchachaOpen, xchachaSeal } from '../../actors/index.js';

const utf8 = new TextEncoder();

/** `nonce ‖ ciphertext ‖ tag`, base64. */
export function wrapKey(wrappingKey: Uint8Array, key: Uint8Array, vaultId: string, slot: string): string {
  const nonce = randomBytes(XCHACHA_NONCE_LENGTH);
  const sealed = xchachaSeal(wrappingKey, nonce, key, associatedData(vaultId, slot));
  return Buffer.concat([nonce, sealed]).toString('base64');
}

/** The key, or undefined when the wrapping key is wrong or the blob was altered. */
export function unwrapKey(
  wrappingKey: Uint8Array,
  wrapped: string,
  vaultId: string,
  slot: string,
): Uint8Array | undefined {
  const blob = Buffer.from(wrapped, 'base64');
  try {
    return xchachaOpen(
      wrappingKey,
      blob.subarray(0, XCHACHA_NONCE_LENGTH),
      blob.subarray(XCHACHA_NONCE_LENGTH),
      associatedData(vaultId, slot),
    );
  } catch (error) {
    if (error instanceof SealOpenError || error instanceof RangeError) return undefined;
    throw error;
  }
}

function associatedData(vaultId: string, slot: string): Uint8Array {
  return utf8.encode(`redoubt-vault/v1\0${vaultId}\0${slot}`);
}
