/**
 * Seals events, snapshots and state with the current data key of a scope, binding each blob to
 * where it belongs so that a blob copied to another entity, sequence or purpose does not open.
 */
import { randomFillSync } from 'node:crypto';
import { SealOpenError } from '../errors.js';
import type { KeyScope, Keyring } from './keyring.js';
import { XCHACHA_NONCE_LENGTH, XCHACHA_TAG_LENGTH, xchachaOpen, xchachaSealInto } from './xchacha.js';

/** What a sealed blob is and where it belongs; all of it is authenticated, none of it stored. */
export interface SealContext {
  /** What the plaintext is: a journal event, a snapshot, or other entity state. */
  readonly purpose: 'event' | 'snapshot' | 'state';
  /** The entity the blob belongs to; must not contain NUL or unpaired surrogates. */
  readonly entity: string;
  /** The event sequence (or snapshot sequence) the blob belongs to; a non-negative safe integer. */
  readonly seq: number;
}

/** The format byte of blobs written by this version of {@link Sealer}. */
export const SEAL_FORMAT_VERSION = 0x01;

const VERSION_OFFSET = 1;
const NONCE_OFFSET = 5;
const BODY_OFFSET = NONCE_OFFSET + XCHACHA_NONCE_LENGTH;
/** Length of a blob that sealed an empty plaintext: header and tag. */
const MIN_BLOB_LENGTH = BODY_OFFSET + XCHACHA_TAG_LENGTH;
const MAX_KEY_VERSION = 0xffff_ffff;
const PURPOSES: ReadonlySet<string> = new Set<SealContext['purpose']>(['event', 'snapshot', 'state']);
const utf8 = new TextEncoder();
const AAD_DOMAIN = utf8.encode('redoubt/v1');

/**
 * Seals and opens data with a {@link Keyring}'s keys, in XChaCha20-Poly1305 with a random nonce.
 *
 * Blob format (all integers big-endian):
 *
 * | bytes     | content                                                   |
 * |-----------|-----------------------------------------------------------|
 * | 0         | format version, {@link SEAL_FORMAT_VERSION} (`0x01`)      |
 * | 1..5      | key version, uint32                                       |
 * | 5..29     | random 24-byte nonce                                      |
 * | 29..      | ciphertext ‖ 16-byte Poly1305 tag                         |
 *
 * The associated data binds the key version and the whole {@link SealContext}:
 * `"redoubt/v1" 0x00 uint32(keyVersion) 0x00 purpose 0x00 entity 0x00 uint64(seq)`. Purpose and
 * entity contain no NUL and the integers have fixed widths, so two contexts never give the same
 * bytes.
 *
 * @example
 * ```ts
 * const sealer = new Sealer(keyring);
 * const context = { purpose: 'event', entity: 'org/acme', seq: 7 } as const;
 * const blob = sealer.seal(PLATFORM_SCOPE, context, bytes);
 * sealer.open(PLATFORM_SCOPE, context, blob); // bytes again
 * ```
 */
/**
 * Random nonces from a pooled CSPRNG buffer: one randomFillSync per 170 nonces instead of one
 * randomBytes call per seal. Every byte handed out is used once and then overwritten.
 */
const noncePool = new Uint8Array(XCHACHA_NONCE_LENGTH * 170);
let noncePoolUsed = noncePool.length;

function randomNonce(out: Uint8Array): void {
  if (noncePoolUsed + out.length > noncePool.length) {
    randomFillSync(noncePool);
    noncePoolUsed = 0;
  }
  out.set(noncePool.subarray(noncePoolUsed, noncePoolUsed + out.length));
  noncePool.fill(0, noncePoolUsed, noncePoolUsed + out.length);
  noncePoolUsed += out.length;
}

export class Sealer {
  readonly #keyring: Keyring;

  /** @param keyring - where keys come from; the sealer does not close it */
  constructor(keyring: Keyring) {
    this.#keyring = keyring;
  }

  /**
   * Seals `plaintext` with the scope's current key.
   * @returns a blob in the format described on {@link Sealer}, `plaintext.length + 45` bytes
   * @throws TypeError or RangeError when the context is invalid
   */
  seal(scope: KeyScope, context: SealContext, plaintext: Uint8Array): Uint8Array {
    const key = this.#keyring.current(scope);
    if (!Number.isInteger(key.version) || key.version < 1 || key.version > MAX_KEY_VERSION) {
      throw new RangeError(`key version must be an integer in [1, ${MAX_KEY_VERSION}], got ${key.version}`);
    }
    const blob = new Uint8Array(BODY_OFFSET + plaintext.length + XCHACHA_TAG_LENGTH);
    blob[0] = SEAL_FORMAT_VERSION;
    new DataView(blob.buffer).setUint32(VERSION_OFFSET, key.version);
    const nonce = blob.subarray(NONCE_OFFSET, BODY_OFFSET);
    randomNonce(nonce);
    xchachaSealInto(key.bytes, nonce, plaintext, associatedData(key.version, context), blob, BODY_OFFSET);
    return blob;
  }

  /**
   * Lets the keyring fetch a scope's keys before {@link Sealer.seal}; undefined when it has them.
   * @param version - a key version about to be opened; without it, the current key
   */
  prepare(scope: KeyScope, version?: number): Promise<void> | undefined {
    return this.#keyring.prepare?.(scope, version);
  }

  /**
   * {@link Sealer.open}, after letting the keyring fetch the blob's key version if it lacks it.
   * @throws as {@link Sealer.open} does, and as the keyring's `prepare` does
   */
  async openPrepared(scope: KeyScope, context: SealContext, blob: Uint8Array): Promise<Uint8Array> {
    const ready = this.#keyring.prepare?.(scope, sealedKeyVersion(blob));
    if (ready !== undefined) await ready;
    return this.open(scope, context, blob);
  }

  /**
   * Opens a blob sealed by {@link Sealer.seal} for the same scope and context, with the key
   * version recorded in the blob.
   * @returns the plaintext
   * @throws SealOpenError (`SEAL_OPEN_FAILED`) when the blob is too short, has an unknown format
   *   byte, or does not authenticate (wrong key, wrong context or altered data)
   * @throws UnknownKeyVersionError (`UNKNOWN_KEY_VERSION`) when the keyring lacks the blob's key
   * @throws TypeError or RangeError when the context is invalid
   */
  open(scope: KeyScope, context: SealContext, blob: Uint8Array): Uint8Array {
    const version = sealedKeyVersion(blob);
    const aad = associatedData(version, context);
    const key = this.#keyring.byVersion(scope, version);
    try {
      return xchachaOpen(key.bytes, blob.subarray(NONCE_OFFSET, BODY_OFFSET), blob.subarray(BODY_OFFSET), aad);
    } catch (error) {
      if (!(error instanceof SealOpenError)) throw error;
      throw new SealOpenError(
        `cannot open sealed ${context.purpose} of ${context.entity} at seq ${context.seq} with key version ${version}: ` +
          'wrong key, wrong context or altered data',
        { cause: error },
      );
    }
  }
}

/**
 * Reads the key version a blob was sealed with, without opening it (key rotation uses it to find
 * blobs still sealed with an old key).
 * @throws SealOpenError (`SEAL_OPEN_FAILED`) when the blob is too short or its format is unknown
 */
export function sealedKeyVersion(blob: Uint8Array): number {
  if (!(blob instanceof Uint8Array)) throw new TypeError('sealed blob must be a Uint8Array');
  if (blob.length < MIN_BLOB_LENGTH) {
    throw new SealOpenError(
      `sealed blob is ${blob.length} bytes, shorter than the ${MIN_BLOB_LENGTH} of an empty one: truncated or not a sealed blob`,
    );
  }
  if (blob[0] !== SEAL_FORMAT_VERSION) {
    throw new SealOpenError(
      `sealed blob has format byte ${hexByte(blob[0] ?? 0)}, expected ${hexByte(SEAL_FORMAT_VERSION)}: ` +
        'not a sealed blob, or written by a newer version',
    );
  }
  return new DataView(blob.buffer, blob.byteOffset, blob.byteLength).getUint32(VERSION_OFFSET);
}

/**
 * The associated data: "redoubt/v1" 0x00 keyVersion(u32 BE) 0x00 purpose 0x00 entity 0x00 seq(u64 BE).
 * NUL-separated fields whose own bytes hold no NUL, so no two contexts give the same bytes.
 */
function associatedData(keyVersion: number, context: SealContext): Uint8Array {
  const { purpose, entity, seq } = context;
  if (!PURPOSES.has(purpose)) {
    throw new RangeError(`seal purpose must be 'event', 'snapshot' or 'state', got ${JSON.stringify(purpose)}`);
  }
  if (typeof entity !== 'string') throw new TypeError('seal context entity must be a string');
  // A NUL would make the encoding ambiguous; an unpaired surrogate encodes as U+FFFD, so two
  // different ids would give the same bytes.
  if (entity.includes('\0') || !entity.isWellFormed()) {
    throw new RangeError('seal context entity must not contain NUL or unpaired surrogates');
  }
  if (!Number.isSafeInteger(seq) || seq < 0) {
    throw new RangeError(`seal context seq must be a non-negative safe integer, got ${seq}`);
  }
  const entityBytes = Buffer.byteLength(entity, 'utf8');
  const out = Buffer.alloc(AAD_DOMAIN.length + 6 + purpose.length + 1 + entityBytes + 1 + 8);
  out.set(AAD_DOMAIN, 0);
  let at = AAD_DOMAIN.length + 1;
  out.writeUInt32BE(keyVersion, at);
  at += 5;
  at += out.write(purpose, at, 'latin1') + 1;
  at += out.write(entity, at, 'utf8') + 1;
  out.writeUInt32BE(Math.floor(seq / 2 ** 32), at);
  out.writeUInt32BE(seq >>> 0, at + 4);
  return out;
}

function hexByte(byte: number): string {
  return `0x${byte.toString(16).padStart(2, '0')}`;
}
