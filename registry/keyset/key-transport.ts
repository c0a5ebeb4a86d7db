/**
 * Handing data keys to a node across NATS. TLS ends at nats-server, so the keys are sealed end to
 * end to a one-time X25519 key of the asking node: an ephemeral-static ECDH, HKDF-SHA256 over the
 * shared secret and both public keys, XChaCha20-Poly1305 with the keyset id as associated data (a
 * node asking for org A's keys cannot be handed org B's). Like HPKE base mode. X25519 is Node's
 * native one (OpenSSL), three times faster than the pure-JS curve on this path; HKDF and the AEAD
 * are noble's.
 */
import { createPrivateKey, createPublicKey, diffieHellman, randomBytes } from 'node:crypto';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { InvalidCommandError, XCHACHA_NONCE_LENGTH, xchachaOpen, xchachaSeal } from '../../actors/index.js';

const INFO = new TextEncoder().encode('redoubt/v1 key transport');
const PUBLIC_KEY_LENGTH = 32;

/** A one-time key pair of the asking node; the secret key never leaves its memory. */
export interface TransportKeyPair {
  readonly secretKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

export function newTransportKeyPair(): TransportKeyPair {
  const secretKey = Uint8Array.from(randomBytes(32));
  return { secretKey, publicKey: x25519PublicKey(secretKey) };
}

/** PKCS#8 DER of an X25519 private key, up to the 32 key bytes: how raw keys enter OpenSSL. */
const PKCS8_X25519_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');

function privateKeyObject(secretKey: Uint8Array) {
  const der = Buffer.concat([PKCS8_X25519_PREFIX, secretKey]);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

function x25519PublicKey(secretKey: Uint8Array): Uint8Array {
  const jwk = createPublicKey(privateKeyObject(secretKey)).export({ format: 'jwk' });
  return Uint8Array.from(Buffer.from(jwk.x as string, 'base64url'));
}

/** @throws Error when `publicKey` is a low-order point (OpenSSL refuses an all-zero secret) */
function x25519Shared(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const peer = createPublicKey({
    key: { kty: 'OKP', crv: 'X25519', x: Buffer.from(publicKey).toString('base64url') },
    format: 'jwk',
  });
  return Uint8Array.from(diffieHellman({ privateKey: privateKeyObject(secretKey), publicKey: peer }));
}

/**
 * The `recipient` field of a command that hands keys over: base64 of an X25519 public key.
 * @throws InvalidCommandError (`INVALID_COMMAND`, field `recipient`)
 */
export function recipientField(fields: Record<string, unknown>): string {
  const { recipient } = fields;
  if (typeof recipient !== 'string' || !isTransportPublicKey(Buffer.from(recipient, 'base64'))) {
    throw new InvalidCommandError('recipient must be base64 of a 32-byte X25519 public key', { field: 'recipient' });
  }
  return recipient;
}

/** Whether `bytes` can be a recipient's public key (32 bytes; low-order points are refused when used). */
export function isTransportPublicKey(bytes: Uint8Array): boolean {
  return bytes.length === PUBLIC_KEY_LENGTH;
}

/**
 * Seals `plaintext` to `recipient`, drawing the ephemeral key from `random`.
 * @returns `ephemeral public key ‖ nonce ‖ ciphertext ‖ tag`
 * @throws Error when `recipient` is a low-order point
 */
export function sealToRecipient(
  recipient: Uint8Array,
  plaintext: Uint8Array,
  context: string,
  random: (length: number) => Uint8Array,
): Uint8Array {
  const ephemeral = random(32);
  const ephemeralPublic = x25519PublicKey(ephemeral);
  const key = transportKey(x25519Shared(ephemeral, recipient), ephemeralPublic, recipient);
  ephemeral.fill(0);
  const nonce = random(XCHACHA_NONCE_LENGTH);
  const sealed = xchachaSeal(key, nonce, plaintext, new TextEncoder().encode(context));
  key.fill(0);
  return Buffer.concat([ephemeralPublic, nonce, sealed]);
}

/**
 * Opens what {@link sealToRecipient} sealed to this key pair for the same context.
 * @throws SealOpenError (`SEAL_OPEN_FAILED`) when it was sealed to another key, for another
 *   context, or altered
 */
export function openFromSender(pair: TransportKeyPair, blob: Uint8Array, context: string): Uint8Array {
  const ephemeralPublic = blob.subarray(0, PUBLIC_KEY_LENGTH);
  const nonce = blob.subarray(PUBLIC_KEY_LENGTH, PUBLIC_KEY_LENGTH + XCHACHA_NONCE_LENGTH);
  const key = transportKey(x25519Shared(pair.secretKey, ephemeralPublic), ephemeralPublic, pair.publicKey);
  try {
    return xchachaOpen(
      key,
      nonce,
      blob.subarray(PUBLIC_KEY_LENGTH + XCHACHA_NONCE_LENGTH),
      new TextEncoder().encode(context),
    );
  } finally {
    key.fill(0);
  }
}

function transportKey(shared: Uint8Array, ephemeralPublic: Uint8Array, recipient: Uint8Array): Uint8Array {
  const salt = Buffer.concat([ephemeralPublic, recipient]);
  const key = hkdf(sha256, shared, salt, INFO, 32);
  shared.fill(0);
  return key;
}
