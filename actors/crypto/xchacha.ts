/**
 * XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha-03): HChaCha20 from @noble/ciphers derives a subkey
 * from the key and the first 16 nonce bytes, then Node's native ChaCha20-Poly1305 seals with that
 * subkey and the nonce `0x00000000 ‖ nonce[16..24]`. Native sealing is several times faster than
 * a pure-JS cipher for event-sized payloads; the 24-byte nonce makes random nonces safe.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { hchacha } from '@noble/ciphers/chacha.js';
import { SealOpenError } from '../errors.js';

/** Length of an XChaCha20-Poly1305 key in bytes. */
export const XCHACHA_KEY_LENGTH = 32;
/** Length of an XChaCha20-Poly1305 nonce in bytes. */
export const XCHACHA_NONCE_LENGTH = 24;
/** Length of the Poly1305 tag appended to every ciphertext, in bytes. */
export const XCHACHA_TAG_LENGTH = 16;

const HCHACHA_NONCE_LENGTH = 16;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
// hchacha reads 32-bit words in little-endian byte order (it swaps on big-endian hosts itself), so
// every input is a word view over the raw bytes.
const SIGMA = words(new TextEncoder().encode('expand 32-byte k'));

/**
 * HChaCha20: derives a 32-byte subkey from a 32-byte key and a 16-byte input (section 2.2).
 * Exposed for the published test vector; callers seal with {@link xchachaSeal}.
 * @throws RangeError when the key is not 32 bytes or the input not 16 bytes
 */
export function hchacha20(key: Uint8Array, input: Uint8Array): Uint8Array {
  checkLength('key', key, XCHACHA_KEY_LENGTH);
  checkLength('HChaCha20 input', input, HCHACHA_NONCE_LENGTH);
  const k = words(key);
  const out = new Uint8Array(XCHACHA_KEY_LENGTH);
  hchacha(SIGMA, k, words(input), new Uint32Array(out.buffer));
  // Wipe our copy of the key, never the caller's key itself (words() may return a view of it).
  if (k.buffer !== key.buffer) k.fill(0);
  return out;
}

/**
 * Seals with XChaCha20-Poly1305: returns ciphertext ‖ 16-byte tag.
 * @throws RangeError when key is not 32 bytes or nonce not 24
 */
export function xchachaSeal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
  const sealed = new Uint8Array(plaintext.length + XCHACHA_TAG_LENGTH);
  xchachaSealInto(key, nonce, plaintext, aad, sealed, 0);
  return sealed;
}

/**
 * Seals into `out` at `offset` (ciphertext ‖ tag, `plaintext.length + 16` bytes), so a caller
 * building a larger blob copies nothing twice.
 * @throws RangeError when key is not 32 bytes, nonce not 24, or `out` too short
 */
export function xchachaSealInto(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
  out: Uint8Array,
  offset: number,
): void {
  checkLength('key', key, XCHACHA_KEY_LENGTH);
  checkLength('nonce', nonce, XCHACHA_NONCE_LENGTH);
  if (out.length < offset + plaintext.length + XCHACHA_TAG_LENGTH) {
    throw new RangeError(
      `output of ${out.length} bytes cannot hold ${plaintext.length + XCHACHA_TAG_LENGTH} at ${offset}`,
    );
  }
  const subkey = hchacha20(key, nonce.subarray(0, HCHACHA_NONCE_LENGTH));
  try {
    const cipher = createCipheriv('chacha20-poly1305', subkey, chachaNonce(nonce), {
      authTagLength: XCHACHA_TAG_LENGTH,
    });
    cipher.setAAD(aad, { plaintextLength: plaintext.length });
    const body = cipher.update(plaintext);
    out.set(body, offset);
    const rest = cipher.final();
    if (rest.length > 0) out.set(rest, offset + body.length);
    out.set(cipher.getAuthTag(), offset + plaintext.length);
  } finally {
    subkey.fill(0);
  }
}

/**
 * Opens what {@link xchachaSeal} sealed with the same key, nonce and `aad`.
 * @returns the plaintext
 * @throws RangeError when the key is not 32 bytes or the nonce not 24 bytes
 * @throws SealOpenError (`SEAL_OPEN_FAILED`) when `sealed` is shorter than a tag or does not
 *   authenticate: wrong key, wrong context (`aad`) or altered data
 */
export function xchachaOpen(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array {
  checkLength('key', key, XCHACHA_KEY_LENGTH);
  checkLength('nonce', nonce, XCHACHA_NONCE_LENGTH);
  if (sealed.length < XCHACHA_TAG_LENGTH) {
    throw new SealOpenError(
      `sealed data is ${sealed.length} bytes, shorter than its ${XCHACHA_TAG_LENGTH}-byte tag: truncated or not sealed data`,
    );
  }
  const bodyLength = sealed.length - XCHACHA_TAG_LENGTH;
  const subkey = hchacha20(key, nonce.subarray(0, HCHACHA_NONCE_LENGTH));
  let body: Buffer | undefined;
  try {
    const decipher = createDecipheriv('chacha20-poly1305', subkey, chachaNonce(nonce), {
      authTagLength: XCHACHA_TAG_LENGTH,
    });
    decipher.setAuthTag(sealed.subarray(bodyLength));
    decipher.setAAD(aad, { plaintextLength: bodyLength });
    body = decipher.update(sealed.subarray(0, bodyLength));
    const rest = decipher.final();
    return rest.length === 0 ? body : Buffer.concat([body, rest]);
  } catch (cause) {
    // Node hands out the decrypted bytes before the tag is checked; never leave them behind.
    body?.fill(0);
    throw new SealOpenError('cannot open sealed data: wrong key, wrong context or altered data', { cause });
  } finally {
    subkey.fill(0);
  }
}

/** The 12-byte ChaCha20 nonce of the XChaCha construction: four zero bytes, then nonce[16..24]. */
function chachaNonce(nonce: Uint8Array): Uint8Array {
  const out = new Uint8Array(12);
  out.set(nonce.subarray(HCHACHA_NONCE_LENGTH), 4);
  return out;
}

/** Copies bytes into a fresh, aligned buffer and views it as 32-bit words. */
/** A word view of the bytes: no copy when they are 4-byte aligned on a little-endian host. */
function words(bytes: Uint8Array): Uint32Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0)
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  return new Uint32Array(Uint8Array.from(bytes).buffer);
}

function checkLength(what: string, bytes: Uint8Array, length: number): void {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`${what} must be a Uint8Array`);
  if (bytes.length !== length) {
    throw new RangeError(`${what} must be ${length} bytes, got ${bytes.length}`);
  }
}
