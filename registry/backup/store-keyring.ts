/**
 * The keyring of the offline tools (backup, restore): no node runs, so the name keys that name
 * the entities in the store come from the keysets as the registry's store holds them, opened
 * with the unsealed vault. Backups copy sealed records as they are: no data key is handed out.
 */
import { keyScopeIn, nameScopeOf, StoredNames } from '../../actors/index.js';
import type { AnyEntityKind, DataKey, Journal, KeyScope, Keyring, SnapshotStore } from '../../actors/index.js';
import { BackupError, KeysNotLoadedError } from '../errors.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import type { KeysetState } from '../keyset/state.js';
import { VaultKeyring } from '../vault/vault-keyring.js';
import type { Vault } from '../vault/vault.js';
import { keysetStateFromStore } from './scope-status.js';

export class StoreKeysetKeyring implements Keyring {
  readonly #stateOf: (scope: KeyScope) => Promise<KeysetState | undefined>;
  readonly #registry: VaultKeyring;
  readonly #nameKeys = new Map<KeyScope, Uint8Array>();

  /** @param stateOf - a scope's keyset state (see `keysetStateFromStore`) */
  constructor(stateOf: (scope: KeyScope) => Promise<KeysetState | undefined>, vault: Vault) {
    this.#stateOf = stateOf;
    this.#registry = new VaultKeyring(vault);
  }

  current(): DataKey {
    throw new BackupError('the offline tools copy sealed data: they hold no data key');
  }

  byVersion(): DataKey {
    return this.current();
  }

  nameKey(scope: KeyScope): Uint8Array {
    const nameScope = nameScopeOf(scope);
    if (nameScope === REGISTRY_SCOPE) return this.#registry.nameKey(nameScope);
    const key = this.#nameKeys.get(nameScope);
    if (key === undefined) throw new KeysNotLoadedError(nameScope);
    return key;
  }

  /**
   * Reads the scope's name key from its keyset.
   * @throws BackupError (`BACKUP_FAILED`) when `create` asks for one the keyset does not hold: it
   *   is made by the registry, on a running node, the first time the scope is written
   */
  prepareNames(scope: KeyScope, create: boolean): Promise<boolean> | undefined {
    const nameScope = nameScopeOf(scope);
    if (nameScope === REGISTRY_SCOPE || this.#nameKeys.has(nameScope)) return undefined;
    return (async () => {
      const state = await this.#stateOf(nameScope);
      if (state?.nameKey === undefined) {
        if (!create) return false;
        throw new BackupError(
          'the registry holds no name key for this org yet: restore the registry archive and start the node once, then restore again',
        );
      }
      this.#nameKeys.set(nameScope, Uint8Array.from(Buffer.from(state.nameKey, 'base64')));
      return true;
    })();
  }

  close(): void {
    for (const key of this.#nameKeys.values()) key.fill(0);
    this.#nameKeys.clear();
    this.#registry.close();
  }
}

/**
 * Names for stores no node runs on: the registry's entities by the vault's key, the orgs' by the
 * name keys in their keysets. The registry's stores are themselves named with these names (a
 * keyset is a registry entity, found without any keyset), so they are given once opened.
 */
export function offlineStoredNames(
  vault: Vault,
  kinds: ReadonlyMap<string, AnyEntityKind>,
): { names: StoredNames; readKeysetsFrom(registry: { journal: Journal; snapshots: SnapshotStore }): void } {
  let stateOf: ((scope: KeyScope) => Promise<KeysetState | undefined>) | undefined;
  const names = new StoredNames(new StoreKeysetKeyring(async (scope) => stateOf?.(scope), vault), keyScopeIn(kinds));
  return {
    names,
    readKeysetsFrom: (registry) => {
      stateOf = keysetStateFromStore(registry.journal, registry.snapshots, vault);
    },
  };
}
