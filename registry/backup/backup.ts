/**
 * Makes a backup archive: the sealed journal records and snapshots of the selected entities,
 * exactly as stored (no data key is ever needed or written), from one point-in-time view of the
 * journal, in an archive sealed under a key derived from the vault's master key.
 */
import { randomBytes } from 'node:crypto';
import type { AnyEntityKind, EntityId, Journal, KeyScope, SnapshotStore, StoredSnapshot } from '../../actors/index.js';
import { movedRegionOf } from '../../actors/index.js';
import { BackupError } from '../errors.js';
import type { VaultDocument } from '../vault/vault-document.js';
import type { Vault } from '../vault/vault.js';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE } from './archive-format.js';
import type { ArchiveHeader, ArchiveScope, Manifest, ManifestEntity } from './archive-format.js';
import { deriveArchiveKey, orgTagger } from './archive-key.js';
import { ArchiveWriter } from './archive-writer.js';
import { scopeOfEntity, scopesOfSelection, selects, taggedScope } from './selection.js';

/** How far a backup or restore has got; reported after every chunk and at the end. */
export interface BackupProgress {
  readonly phase: 'backup' | 'verify' | 'restore';
  readonly entities: number;
  readonly records: number;
  readonly snapshots: number;
  /** Archive bytes written or read so far. */
  readonly bytes: number;
  /** Archive size when known (restore), for a percentage. */
  readonly totalBytes?: number;
  readonly elapsedMs: number;
}

/** Options of {@link writeBackup}. */
export interface WriteBackupOptions {
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  /** The entity kinds of the node: they say which org each entity belongs to. */
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  /** The unsealed vault; the archive key is derived from its current master key. */
  readonly vault: Vault;
  /** Registry archives only: the vault document, carried so a fresh node can be rebuilt. */
  readonly vaultDocument?: VaultDocument;
  readonly scope: ArchiveScope;
  /**
   * Every scope with a keyset (see `keysetScopes`), for an archive of everything: names at rest
   * are blinded per org, so only the orgs' keys find their entities.
   */
  readonly allScopes?: readonly KeyScope[];
  /** The archive to create; an existing file is never overwritten. */
  readonly out: string;
  /**
   * Where the data comes from, written into the header for people.
   * @default "standalone"
   */
  readonly source?: string;
  /**
   * Plaintext bytes per sealed chunk.
   * @default 1048576
   */
  readonly chunkSize?: number;
  readonly onProgress?: (progress: BackupProgress) => void;
}

/** What a backup wrote. */
export interface BackupReport {
  readonly file: string;
  readonly header: ArchiveHeader;
  readonly manifest: Manifest;
  /** Size of the archive. */
  readonly bytes: number;
  readonly elapsedMs: number;
}

interface EntityStats {
  readonly scope: string;
  records: number;
  readonly firstSeq: number;
  readonly firstEnd: number;
  lastSeq: number;
  bytes: number;
  snapshotSeq?: number;
}

/**
 * Writes a backup archive of the selected entities.
 *
 * Consistency: records come from one `journal.readAll()` view (a LevelDB iterator snapshot, or a
 * JetStream stream up to its last sequence at the start). Each entity's latest snapshot is read
 * afterwards and included only if it is not newer than the records included (the journal is the
 * truth; a snapshot costs only replay time). Memory: one chunk, plus a few numbers per entity.
 * @throws BackupError (`BACKUP_FAILED`) when an entity's kind is unknown, an entity was compacted
 *   while being read (run again), or `out` exists
 * @throws VaultSealedError (`VAULT_SEALED`) when the vault is sealed
 */
export async function writeBackup(options: WriteBackupOptions): Promise<BackupReport> {
  const started = performance.now();
  const { vault, scope, kinds } = options;
  const scopes = scopesOfSelection(scope, options.allScopes);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 1024 || chunkSize > MAX_CHUNK_SIZE) {
    throw new RangeError(`chunkSize must be from 1024 to ${MAX_CHUNK_SIZE}`);
  }
  if (scope.type === 'registry' && options.vaultDocument?.id !== vault.id) {
    throw new RangeError('a registry backup needs the document of the vault it is made with');
  }
  const keyed = {
    vaultId: vault.id,
    masterKeyVersion: vault.status().currentMasterKey,
    salt: randomBytes(32).toString('base64'),
  };
  const key = deriveArchiveKey(vault, keyed);
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_FORMAT_VERSION,
    archiveId: randomBytes(16).toString('hex'),
    createdAt: new Date().toISOString(),
    // The header is clear: it names the orgs by keyed tags only.
    scope: taggedScope(scope, orgTagger(key)),
    ...keyed,
    chunkSize,
    source: options.source ?? 'standalone',
    ...(scope.type === 'registry' ? { vault: options.vaultDocument } : {}),
  };
  const stats = new Map<EntityId, EntityStats>();
  let records = 0;
  let snapshots = 0;
  const progress = (bytes: number): void =>
    options.onProgress?.({
      phase: 'backup',
      entities: stats.size,
      records,
      snapshots,
      bytes,
      elapsedMs: performance.now() - started,
    });
  let writer: ArchiveWriter;
  try {
    writer = await ArchiveWriter.create(options.out, header, key, progress);
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') {
      throw new BackupError(`${options.out} exists already; nothing was overwritten`, { cause: error });
    }
    throw error;
  } finally {
    key.fill(0);
  }
  try {
    let lastEntity: EntityId | undefined;
    let lastSelected: EntityStats | false = false;
    for await (const { entity, record } of options.journal.readAll(scopes)) {
      // What is left of an org moved away: no data, only where it went.
      if (movedRegionOf(record) !== undefined) continue;
      if (entity !== lastEntity) {
        lastEntity = entity;
        lastSelected = stats.get(entity) ?? false;
        if (lastSelected === false) {
          const keyScope = scopeOfEntity(entity, kinds);
          if (selects(scope, keyScope)) {
            lastSelected = {
              scope: keyScope,
              records: 0,
              firstSeq: record.seq,
              firstEnd: record.seq + record.count - 1,
              lastSeq: record.seq - 1,
              bytes: 0,
            };
            stats.set(entity, lastSelected);
          }
        }
      }
      if (lastSelected === false) continue;
      if (record.seq !== lastSelected.lastSeq + 1) {
        throw new BackupError(`the journal of ${entity} jumps from seq ${lastSelected.lastSeq} to ${record.seq}`);
      }
      lastSelected.records++;
      lastSelected.lastSeq = record.seq + record.count - 1;
      lastSelected.bytes += record.sealed.length;
      records++;
      await writer.add({ type: 'record', entity, seq: record.seq, count: record.count, sealed: record.sealed });
    }
    // Snapshots after the records: a restore knows where each record landed before it saves them.
    for (const [entity, entry] of stats) {
      const snapshot = usableSnapshot(await options.snapshots.load(entity), entry);
      if (snapshot === undefined) {
        // Earlier records were erased (compaction) and no snapshot covers the gap: only a
        // compaction during the backup does that (a running node); the next try sees both.
        if (entry.firstSeq > 1) {
          throw new BackupError(`${entity} was compacted while it was being backed up: run the backup again`);
        }
        continue;
      }
      entry.snapshotSeq = snapshot.seq;
      entry.bytes += snapshot.sealed.length;
      snapshots++;
      await writer.add({ type: 'snapshot', entity, seq: snapshot.seq, sealed: snapshot.sealed });
    }
    const manifest = await writer.finish((sha256) => ({
      archiveId: header.archiveId,
      entities: [...stats].map(([entity, entry]) => manifestEntity(entity, entry)),
      totals: { entities: stats.size, records, snapshots, bytes: [...stats.values()].reduce((n, e) => n + e.bytes, 0) },
      sha256,
      finishedAt: new Date().toISOString(),
    }));
    progress(writer.bytes);
    return { file: options.out, header, manifest, bytes: writer.bytes, elapsedMs: performance.now() - started };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/**
 * The snapshot, if it lies within the records included: not newer than the last of them, and at
 * or after the end of the first (records before a snapshot may have been compacted away, except
 * the one it ends on).
 */
function usableSnapshot(snapshot: StoredSnapshot | undefined, entry: EntityStats): StoredSnapshot | undefined {
  if (snapshot === undefined) return undefined;
  return snapshot.seq <= entry.lastSeq && snapshot.seq >= entry.firstEnd ? snapshot : undefined;
}

function manifestEntity(entity: EntityId, entry: EntityStats): ManifestEntity {
  return {
    entity,
    scope: entry.scope,
    records: entry.records,
    firstSeq: entry.firstSeq,
    lastSeq: entry.lastSeq,
    ...(entry.snapshotSeq === undefined ? {} : { snapshotSeq: entry.snapshotSeq }),
    bytes: entry.bytes,
  };
}
