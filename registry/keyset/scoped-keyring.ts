/**
 * The keyring a node's runtime uses: the registry's own scope opens with keys derived from the
 * master key (only where the vault is unsealed: registry and standalone nodes); every other scope
 * opens with data keys fetched from the registry.
 */
import type { DataKey, KeyScope, Keyring } from '../../actors/index.js';
import { VaultSealedError } from '../errors.js';
import { REGISTRY_SCOPE } from './keyset-id.js';
import type { RegistryKeyring } from './registry-keyring.js';

export class ScopedKeyring implements Keyring {
  readonly #registryScope: Keyring | undefined;
  readonly #dataKeys: RegistryKeyring;

  /**
   * @param registryScope - keys of the registry's own data (a VaultKeyring); undefined on nodes
   *   that hold no master key
   * @param dataKeys - every other scope's keys
   */
  constructor(registryScope: Keyring | undefined, dataKeys: RegistryKeyring) {
    this.#registryScope = registryScope;
    this.#dataKeys = dataKeys;
  }

  current(scope: KeyScope): DataKey {
    return this.#for(scope).current(scope);
  }

  byVersion(scope: KeyScope, version: number): DataKey {
    return this.#for(scope).byVersion(scope, version);
  }

  prepare(scope: KeyScope, version?: number): Promise<void> | undefined {
    return this.#for(scope).prepare?.(scope, version);
  }

  nameKey(scope: KeyScope): Uint8Array {
    return this.#for(scope).nameKey(scope);
  }

  prepareNames(scope: KeyScope, create: boolean): Promise<boolean> | undefined {
    return this.#for(scope).prepareNames?.(scope, create);
  }

  /** Closes the data keys; the vault keyring is closed by sealing the vault. */
  close(): void {
    this.#dataKeys.close();
  }

  #for(scope: KeyScope): Keyring {
    if (scope !== REGISTRY_SCOPE) return this.#dataKeys;
    if (this.#registryScope === undefined) {
      throw new VaultSealedError('registry data opens only on a node that holds the unsealed vault');
    }
    return this.#registryScope;
  }
}
