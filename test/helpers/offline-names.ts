/**
 * Names for a standalone node's store read with the node stopped, as the offline tools name them:
 * the vault (opened on first use with the key file, so a restore may make it first) names the
 * registry's entities, and the keysets in the store name the orgs'.
 */
import { join } from 'node:path';
import { LevelJournal, LevelSnapshotStore } from '../../actors/index.js';
import type { StoredNames } from '../../actors/index.js';
import type { EntityId, EntityNames, KeyScope } from '../../actors/index.js';
import { nodeKinds } from '../../nodes/kinds.js';
import { FileVaultStore, offlineStoredNames, Vault } from '../../registry/index.js';
import type { DataStore } from '../../nodes/data-store.js';

/** @param unsealed - a vault already open (a restore's), instead of the one in `dataDir` */
export function offlineNames(
  dataDir: string,
  keyFile: string,
  db: DataStore,
  unsealed?: Vault,
): EntityNames & { close(): void } {
  let vault: Vault | undefined;
  let inner: Promise<StoredNames> | undefined;
  const names = (): Promise<StoredNames> =>
    (inner ??= (async () => {
      let opened = unsealed;
      if (opened === undefined) {
        opened = vault = await Vault.open(new FileVaultStore(join(dataDir, 'vault.json')));
        await opened.unseal({ type: 'keyfile', path: keyFile });
      }
      const { names: stored, readKeysetsFrom } = offlineStoredNames(
        opened,
        await nodeKinds({ data: true, registry: true }),
      );
      readKeysetsFrom({ journal: new LevelJournal(db, stored), snapshots: new LevelSnapshotStore(db, stored) });
      return stored;
    })());
  return {
    forWrite: async (entity: EntityId) => (await names()).forWrite(entity),
    forRead: async (entity: EntityId) => (await names()).forRead(entity),
    group: async (scope: KeyScope) => (await names()).group(scope),
    entityOf: async (stored: string) => (await names()).entityOf(stored),
    sealForNote: async (entity: EntityId) => (await names()).sealForNote(entity),
    openNote: async (sealed: string) => (await names()).openNote(sealed),
    close: () => vault?.seal(),
  };
}
