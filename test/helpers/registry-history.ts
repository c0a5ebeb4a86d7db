/**
 * Opens what a registry entity left on disk (journal records and snapshot) as an attacker holding
 * the data dir and the unsealed master key would: the tests that prove erased keys are gone use it.
 */
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import {
  decodeRecordBody,
  decodeSnapshotBody,
  LevelJournal,
  LevelSnapshotStore,
  Sealer,
  StoredNames,
} from '../../actors/index.js';
import type { EntityId, RecordBody, SnapshotBody } from '../../actors/index.js';
import { FileVaultStore, REGISTRY_SCOPE, Vault, VaultKeyring } from '../../registry/index.js';

export interface RegistryHistory {
  readonly records: RecordBody[];
  readonly snapshot: SnapshotBody | undefined;
}

/** Call with the node stopped (its store is locked while it runs). */
export async function registryHistory(dataDir: string, keyFile: string, entity: string): Promise<RegistryHistory> {
  const vault = await Vault.open(new FileVaultStore(join(dataDir, 'vault.json')));
  await vault.unseal({ type: 'keyfile', path: keyFile });
  const keyring = new VaultKeyring(vault);
  const sealer = new Sealer(keyring);
  const names = new StoredNames(keyring, () => REGISTRY_SCOPE);
  const db = new ClassicLevel<string, Uint8Array>(join(dataDir, 'store'), {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
  });
  await db.open();
  const id = entity as EntityId;
  try {
    const records: RecordBody[] = [];
    for await (const { entity: owner, record } of new LevelJournal(db, names).readAll([REGISTRY_SCOPE])) {
      if (owner !== id) continue;
      const body = sealer.open(REGISTRY_SCOPE, { purpose: 'event', entity: id, seq: record.seq }, record.sealed);
      records.push(decodeRecordBody(body, 'record'));
    }
    const stored = await new LevelSnapshotStore(db, names).load(id);
    const snapshot =
      stored === undefined
        ? undefined
        : decodeSnapshotBody(
            sealer.open(REGISTRY_SCOPE, { purpose: 'snapshot', entity: id, seq: stored.seq }, stored.sealed),
            'snapshot',
          );
    return { records, snapshot };
  } finally {
    await db.close();
    vault.seal();
  }
}
