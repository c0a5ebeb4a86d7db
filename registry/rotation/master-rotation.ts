/**
 * Rotates the master key: the vault makes a new version, the registry's own entities (keysets and
 * the rest, sealed under keys derived from the master key) are re-sealed under it, and once a
 * census finds no blob under an older version those versions are retired. Org data is untouched:
 * its data keys are only re-wrapped, since they live inside the re-sealed keysets.
 */
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import type { Vault } from '../vault/vault.js';
import { resealUnderNewKey } from './reseal-under-new-key.js';
import type { ResealDeps, RotationOptions, RotationReport } from './reseal-under-new-key.js';

export interface MasterRotationDeps extends ResealDeps {
  readonly vault: Vault;
  /**
   * Makes every other holder of the vault (registry nodes sharing its document) load the new or
   * retired versions before entities are re-sealed; resolves once they all have.
   * @default nothing to tell: one process holds the vault
   */
  readonly vaultChanged?: () => Promise<void>;
}

/** @throws RotationIncompleteError (`ROTATION_INCOMPLETE`) when a registry blob still uses an older master key */
export function rotateMasterKey(deps: MasterRotationDeps, options: RotationOptions = {}): Promise<RotationReport> {
  const { vault } = deps;
  return resealUnderNewKey(
    deps,
    REGISTRY_SCOPE,
    {
      async rotate() {
        const from = vault.status().currentMasterKey;
        return { from, to: await vault.rotateMasterKey() };
      },
      versions: async () => vault.status().masterKeyVersions,
      retire: (version) => vault.retireMasterKey(version),
      // The registry's keyring reads through the vault; other registry nodes reload the document.
      changed: () => deps.vaultChanged?.(),
    },
    options,
  );
}
