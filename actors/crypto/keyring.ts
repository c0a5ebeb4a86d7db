/**
 * Where data keys come from. The runtime seals every event and snapshot with the current key of
 * the entity's scope and opens older data with the key version recorded in the blob.
 */

/** A 256-bit data key and its version; versions start at 1 and only grow. */
export interface DataKey {
  readonly version: number;
  readonly bytes: Uint8Array;
}

/**
 * The scope a key belongs to: the org id for org data (the registry issue adds per-org keys),
 * or {@link PLATFORM_SCOPE} for data that belongs to no org.
 */
export type KeyScope = string;

/** The scope of platform data, and of every entity while the keyring has a single key. */
export const PLATFORM_SCOPE: KeyScope = '';

/**
 * The scope whose name key blinds a scope's entity names: the org's own for the org and its
 * modules' scopes (`acme` for `acme/mail`), so one org's names form one group; the scope itself
 * otherwise.
 */
export function nameScopeOf(scope: KeyScope): KeyScope {
  const slash = scope.indexOf('/');
  return slash < 0 ? scope : scope.slice(0, slash);
}

/** A source of data keys, held in memory only. */
export interface Keyring {
  /** The key that new data of this scope is sealed with. */
  current(scope: KeyScope): DataKey;
  /**
   * The key of one version, to open data sealed earlier.
   * @throws UnknownKeyVersionError (`UNKNOWN_KEY_VERSION`) when the keyring has no such version
   */
  byVersion(scope: KeyScope, version: number): DataKey;
  /**
   * Makes a scope's keys available to {@link current} and {@link byVersion}, fetching them from
   * where they live (the registry) when they are not in memory. Keyrings that hold every key
   * already leave it out. Returns undefined when nothing needs to be awaited.
   * @param version - a version needed to open older data; without it, the current key
   * @throws VaultSealedError (`VAULT_SEALED`), UnavailableError and others when keys cannot be had
   */
  prepare?(scope: KeyScope, version?: number): Promise<void> | undefined;
  /**
   * The name key of a scope's org (see {@link nameScopeOf}): 32 bytes that blind the names of its
   * entities at rest. It never rotates, and it is destroyed with the scope's keys (crypto-shredding),
   * after which the blinded names link to nothing. Read it, do not keep or change it.
   * @throws when {@link prepareNames} has not made it available
   */
  nameKey(scope: KeyScope): Uint8Array;
  /**
   * Makes {@link nameKey} available, fetching it where it lives. Resolves false when the scope has
   * no keys at all and `create` is false: nothing of it can have been stored. Keyrings that hold
   * every key already leave it out, or return undefined when nothing needs to be awaited.
   */
  prepareNames?(scope: KeyScope, create: boolean): Promise<boolean> | undefined;
  /** Overwrites the key bytes in memory; the keyring is unusable afterwards. Idempotent. */
  close(): void;
}
