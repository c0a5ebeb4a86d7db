/**
 * A keyring with one list of keys shared by every scope: what the runtime uses until the registry
 * hands out per-org keys.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { RedoubtError, UnknownKeyVersionError } from '../errors.js';
import type { DataKey, KeyScope, Keyring } from './keyring.js';
import { nameScopeOf } from './keyring.js';
import { XCHACHA_KEY_LENGTH } from './xchacha.js';

const MAX_KEY_VERSION = 0xffff_ffff;

/**
 * Holds copies of the given data keys for every scope; the highest version is current.
 *
 * The {@link DataKey}s it returns share the keyring's bytes: read them, do not keep or change
 * them, since {@link StaticKeyring.close} overwrites them.
 */
export class StaticKeyring implements Keyring {
  readonly #keys = new Map<number, DataKey>();
  readonly #current: DataKey;
  /** The lowest version's key: the one that exists for as long as any does. */
  readonly #first: DataKey;
  readonly #nameKeys = new Map<KeyScope, Uint8Array>();
  #closed = false;

  /**
   * @param keys - at least one key; versions are distinct integers in [1, 2^32 - 1] and every key
   *   is 32 bytes. The bytes are copied; the caller may wipe its own arrays afterwards.
   * @throws RangeError when the list is empty, a version is repeated or invalid, or a key is not
   *   32 bytes
   */
  constructor(keys: readonly DataKey[]) {
    let current: DataKey | undefined;
    let first: DataKey | undefined;
    for (const key of keys) {
      const { version, bytes } = key;
      if (!Number.isInteger(version) || version < 1 || version > MAX_KEY_VERSION) {
        throw new RangeError(`key version must be an integer in [1, ${MAX_KEY_VERSION}], got ${version}`);
      }
      if (this.#keys.has(version)) throw new RangeError(`key version ${version} is given twice`);
      if (!(bytes instanceof Uint8Array) || bytes.length !== XCHACHA_KEY_LENGTH) {
        throw new RangeError(`key version ${version} must be ${XCHACHA_KEY_LENGTH} bytes`);
      }
      const copy: DataKey = Object.freeze({ version, bytes: Uint8Array.from(bytes) });
      this.#keys.set(version, copy);
      if (current === undefined || version > current.version) current = copy;
      if (first === undefined || version < first.version) first = copy;
    }
    if (current === undefined || first === undefined) throw new RangeError('a keyring needs at least one key');
    this.#current = current;
    this.#first = first;
  }

  /**
   * The highest-versioned key; the same for every scope.
   * @throws RedoubtError (`KEYRING_CLOSED`) after {@link StaticKeyring.close}
   */
  current(_scope: KeyScope): DataKey {
    this.#assertOpen();
    return this.#current;
  }

  /**
   * The key of one version; the same for every scope.
   * @throws UnknownKeyVersionError (`UNKNOWN_KEY_VERSION`) when no key has that version
   * @throws RedoubtError (`KEYRING_CLOSED`) after {@link StaticKeyring.close}
   */
  byVersion(_scope: KeyScope, version: number): DataKey {
    this.#assertOpen();
    const key = this.#keys.get(version);
    if (key === undefined) throw new UnknownKeyVersionError(version);
    return key;
  }

  /**
   * A name key per org scope, derived from the lowest-versioned key.
   * @throws RedoubtError (`KEYRING_CLOSED`) after {@link StaticKeyring.close}
   */
  nameKey(scope: KeyScope): Uint8Array {
    this.#assertOpen();
    const nameScope = nameScopeOf(scope);
    let key = this.#nameKeys.get(nameScope);
    if (key === undefined) {
      key = hkdf(
        sha256,
        this.#first.bytes,
        undefined,
        new TextEncoder().encode(`redoubt/v1 name key\0${nameScope}`),
        32,
      );
      this.#nameKeys.set(nameScope, key);
    }
    return key;
  }

  /** Zero-fills every key; later calls throw `KEYRING_CLOSED`. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const key of this.#nameKeys.values()) key.fill(0);
    this.#nameKeys.clear();
    for (const key of this.#keys.values()) key.bytes.fill(0);
    this.#keys.clear();
  }

  #assertOpen(): void {
    if (this.#closed) throw new RedoubtError('KEYRING_CLOSED', 'the keyring is closed');
  }
}
