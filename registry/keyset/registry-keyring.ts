/**
 * The keyring of a node that holds no master key: it fetches each scope's data keys from the
 * scope's keyset in the registry when first needed, sealed to a one-time key of its own, and keeps
 * them in memory only. Rotations and shreds are pushed (the node is told and forgets the scope);
 * as a bound on a missed announcement it also refetches a scope's keys in the background after
 * `refreshMs`, give or take a quarter at random, so the scopes a node fetched together are not
 * all refetched in one burst.
 */
import { errorCode, nameScopeOf, UnknownKeyVersionError, XCHACHA_KEY_LENGTH } from '../../actors/index.js';
import type { DataKey, KeyScope, Keyring } from '../../actors/index.js';
import { KeysNotLoadedError } from '../errors.js';
import { transportContext } from './handlers.js';
import { newTransportKeyPair, openFromSender } from './key-transport.js';
import { keysetIdOf } from './keyset-id.js';
import type { FetchReply, KeysetCommand, TransportedKeys } from './protocol.js';

/** Sends a command to a keyset entity (through the entity client) and returns its reply. */
export type AskKeyset = (keysetId: string, command: KeysetCommand & { type: 'fetch' }) => Promise<FetchReply>;

/** Options of {@link RegistryKeyring}. */
export interface RegistryKeyringOptions {
  /**
   * Refetch a scope's keys when they are about this many milliseconds old (±25 %).
   * @default 300000
   */
  readonly refreshMs?: number;
}

/** How long a scope found without keys is taken to have none. */
const ABSENT_FOR_MS = 1000;
const MAX_ABSENT = 10_000;

interface ScopeKeys {
  readonly current: number;
  readonly keys: ReadonlyMap<number, DataKey>;
  readonly nameKey: Uint8Array;
  /** When to refetch in the background. */
  readonly refreshAt: number;
}

export class RegistryKeyring implements Keyring {
  readonly #ask: AskKeyset;
  readonly #refreshMs: number;
  readonly #scopes = new Map<KeyScope, ScopeKeys>();
  readonly #fetching = new Map<KeyScope, { readonly done: Promise<void>; readonly create: boolean }>();
  /** Scopes found to have no keys, until when: reads of unknown orgs do not each ask the registry. */
  readonly #absent = new Map<KeyScope, number>();
  #closed = false;

  constructor(ask: AskKeyset, options: RegistryKeyringOptions = {}) {
    this.#ask = ask;
    this.#refreshMs = options.refreshMs ?? 300_000;
  }

  /** @throws KeysNotLoadedError (`KEYS_NOT_LOADED`) when {@link prepare} has not fetched the scope */
  current(scope: KeyScope): DataKey {
    const entry = this.#loaded(scope);
    return entry.keys.get(entry.current) as DataKey;
  }

  /** @throws UnknownKeyVersionError (`UNKNOWN_KEY_VERSION`) when the registry has no such version */
  byVersion(scope: KeyScope, version: number): DataKey {
    const key = this.#loaded(scope).keys.get(version);
    if (key === undefined) throw new UnknownKeyVersionError(version);
    return key;
  }

  /** @throws KeysNotLoadedError (`KEYS_NOT_LOADED`) when {@link prepareNames} has not fetched the scope's org */
  nameKey(scope: KeyScope): Uint8Array {
    return this.#loaded(nameScopeOf(scope)).nameKey;
  }

  prepareNames(scope: KeyScope, create: boolean): Promise<boolean> | undefined {
    const nameScope = nameScopeOf(scope);
    if (this.#scopes.has(nameScope)) return undefined;
    // Only a write makes keys, and the journal's fencing refuses one based on a stale "none".
    if (!create && (this.#absent.get(nameScope) ?? 0) > Date.now()) return Promise.resolve(false);
    return this.#fetch(nameScope, create).then(
      () => true,
      (error: unknown) => {
        // A scope with no key has stored nothing: there is no name to read.
        if (!create && isNoKeys(error)) {
          this.#absent.set(nameScope, Date.now() + ABSENT_FOR_MS);
          if (this.#absent.size > MAX_ABSENT) this.#absent.clear();
          return false;
        }
        throw error;
      },
    );
  }

  prepare(scope: KeyScope, version?: number): Promise<void> | undefined {
    const entry = this.#scopes.get(scope);
    if (entry !== undefined && version !== undefined && entry.keys.has(version)) return undefined;
    if (entry !== undefined && version === undefined) {
      // Serve the keys we have; a stale entry is refreshed behind the caller's back.
      if (Date.now() >= entry.refreshAt) void this.#fetch(scope, true).catch(() => undefined);
      return undefined;
    }
    return this.#fetch(scope, version === undefined);
  }

  /** Drops a scope's keys (after a rotation or a shred); the next use fetches them again. */
  forget(scope: KeyScope): void {
    wipe(this.#scopes.get(scope));
    this.#scopes.delete(scope);
  }

  /** Drops the keys of an org's scopes (its own and its modules' `org/…`): it moved away. */
  forgetOrg(org: string): void {
    for (const scope of [...this.#scopes.keys()]) if (scope === org || scope.startsWith(`${org}/`)) this.forget(scope);
  }

  /** Drops every scope's keys (the vault was sealed); the keyring stays usable. */
  forgetAll(): void {
    for (const entry of this.#scopes.values()) wipe(entry);
    this.#scopes.clear();
  }

  close(): void {
    this.#closed = true;
    this.forgetAll();
  }

  #loaded(scope: KeyScope): ScopeKeys {
    const entry = this.#scopes.get(scope);
    if (entry === undefined) throw new KeysNotLoadedError(scope);
    return entry;
  }

  /**
   * One fetch per scope at a time; callers arriving meanwhile share it, but one that may make
   * the keys does not share a fetch that may not (its "no keys" would fail the write): it follows it.
   */
  #fetch(scope: KeyScope, create: boolean): Promise<void> {
    const running = this.#fetching.get(scope);
    if (running !== undefined && (running.create || !create)) return running.done;
    const after = running?.done.catch(() => undefined) ?? Promise.resolve();
    const done = after
      .then(() => this.#fetchNow(scope, create))
      .finally(() => {
        if (this.#fetching.get(scope)?.done === done) this.#fetching.delete(scope);
      });
    this.#fetching.set(scope, { done, create });
    if (create) this.#absent.delete(scope);
    return done;
  }

  async #fetchNow(scope: KeyScope, create: boolean): Promise<void> {
    const keysetId = keysetIdOf(scope);
    const pair = newTransportKeyPair();
    try {
      const reply = await this.#ask(keysetId, {
        type: 'fetch',
        recipient: Buffer.from(pair.publicKey).toString('base64'),
        create,
      });
      const plaintext = openFromSender(pair, Buffer.from(reply.sealed, 'base64'), transportContext(keysetId));
      const keys = new Map<number, DataKey>();
      let nameKey: Uint8Array;
      try {
        const transported = JSON.parse(Buffer.from(plaintext).toString('utf8')) as TransportedKeys;
        for (const { version, key } of transported.keys) {
          const bytes = Uint8Array.from(Buffer.from(key, 'base64'));
          if (bytes.length !== XCHACHA_KEY_LENGTH) throw new RangeError(`key version ${version} is not 32 bytes`);
          keys.set(version, { version, bytes });
        }
        nameKey = Uint8Array.from(Buffer.from(transported.nameKey, 'base64'));
        if (nameKey.length !== XCHACHA_KEY_LENGTH) throw new RangeError('the name key is not 32 bytes');
      } finally {
        plaintext.fill(0);
      }
      if (!keys.has(reply.current))
        throw new RangeError(`the registry sent no key for current version ${reply.current}`);
      const refreshAt = Date.now() + this.#refreshMs * (0.75 + Math.random() / 2);
      const entry = { current: reply.current, keys, nameKey, refreshAt };
      if (this.#closed) {
        wipe(entry);
        return;
      }
      wipe(this.#scopes.get(scope));
      this.#scopes.set(scope, entry);
    } finally {
      pair.secretKey.fill(0);
    }
  }
}

/** The keyset's refusal to hand out keys it does not have (`COMMAND_REJECTED`, reason `NO_KEYS`). */
function isNoKeys(error: unknown): boolean {
  return (
    errorCode(error) === 'COMMAND_REJECTED' &&
    (error as { details?: { reason?: unknown } }).details?.reason === 'NO_KEYS'
  );
}

function wipe(entry: ScopeKeys | undefined): void {
  if (entry === undefined) return;
  for (const key of entry.keys.values()) key.bytes.fill(0);
  entry.nameKey.fill(0);
}
