/**
 * Restores a backup archive into a journal and snapshot store: first the whole archive is read and
 * authenticated, checked against its manifest, and every scope's keys and every entity's emptiness
 * in the target are checked; only then is anything written (records with fenced appends, then
 * snapshots). A scope whose keys were shredded, or that has no keyset in the target's registry,
 * restores nothing.
 */
import type { AnyEntityKind, EntityId, Journal, JournalPosition, SnapshotStore } from '../../actors/index.js';
import { BackupFormatError, BackupTamperedError, RestoreConflictError } from '../errors.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import type { Vault } from '../vault/vault.js';
import type { ArchiveHeader, Manifest, RawEntry } from './archive-format.js';
import { deriveArchiveKey, orgTagger } from './archive-key.js';
import { ArchiveReader } from './archive-reader.js';
import type { BackupProgress } from './backup.js';
import type { ScopeStatus, ScopeStatusOf } from './scope-status.js';
import { archiveSelects, entityFromArchive, orgOfScope, scopeOfEntity } from './selection.js';

/** Options of {@link restoreBackup}. */
export interface RestoreOptions {
  /** The archive file. */
  readonly file: string;
  /** The unsealed vault the archive was made with. */
  readonly vault: Vault;
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  /**
   * Whether each scope's keys are live in the target's registry. Not asked for registry archives.
   * See `keysetStatusFromStore` (offline) and `keysetStatusViaClient` (in a running node).
   */
  readonly scopeStatus?: ScopeStatusOf;
  /**
   * Only authenticate and check the archive and the target; write nothing.
   * @default false
   */
  readonly verifyOnly?: boolean;
  /** Called once everything is checked, before the first write (e.g. to store the vault document). */
  readonly beforeWrite?: (header: ArchiveHeader) => Promise<void>;
  readonly onProgress?: (progress: BackupProgress) => void;
  /**
   * Appends in flight at once, across entities (one entity's are always in order).
   * @default 32
   */
  readonly appendConcurrency?: number;
}

const DEFAULT_APPEND_CONCURRENCY = 32;

/** A scope left out of a restore, and why. */
export interface SkippedScope {
  readonly scope: string;
  readonly reason: Exclude<ScopeStatus, 'live'>;
  readonly entities: number;
  readonly records: number;
}

/** What a restore did. */
export interface RestoreReport {
  readonly header: ArchiveHeader;
  readonly manifest: Manifest;
  readonly restored: { readonly entities: number; readonly records: number; readonly snapshots: number };
  readonly skipped: readonly SkippedScope[];
  /** True when `verifyOnly` was set: nothing was written. */
  readonly verifiedOnly: boolean;
  readonly elapsedMs: number;
}

interface Seen {
  readonly scope: string;
  records: number;
  readonly firstSeq: number;
  lastSeq: number;
  bytes: number;
  snapshotSeq?: number;
}

/**
 * Authenticates and restores an archive.
 * @throws BackupFormatError (`BACKUP_INVALID`) when the file is missing or not an archive
 * @throws BackupTamperedError (`BACKUP_TAMPERED`) when any byte was changed, or chunks dropped,
 *   reordered or cut off, or the contents do not match the manifest; nothing is written
 * @throws BackupVaultMismatchError (`BACKUP_WRONG_VAULT`) when the vault is not the archive's
 * @throws RestoreConflictError (`RESTORE_CONFLICT`) when entities of the archive already have
 *   records in the target; nothing is written
 * @throws BackupError (`BACKUP_FAILED`) when the archive holds kinds this node does not know
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const started = performance.now();
  const first = await ArchiveReader.open(options.file);
  const { header } = first;
  let key: Uint8Array | undefined;
  try {
    key = deriveArchiveKey(options.vault, header);
    const { seen, manifest } = await verifyPass(first, key, options, started);
    const skipped = await scopesToSkip(header, seen, options);
    const skippedScopes = new Set(skipped.map((entry) => entry.scope));
    const restoring = [...seen].filter(([, entry]) => !skippedScopes.has(entry.scope));
    const conflicts: string[] = [];
    for (const [entity] of restoring) {
      if ((await options.journal.head(entity)).lastSeq > 0) conflicts.push(entity);
    }
    if (conflicts.length > 0) throw new RestoreConflictError(conflicts);
    const restored = {
      entities: restoring.length,
      records: restoring.reduce((n, [, e]) => n + e.records, 0),
      snapshots: restoring.filter(([, e]) => e.snapshotSeq !== undefined).length,
    };
    const report = (verifiedOnly: boolean): RestoreReport => ({
      header,
      manifest,
      restored,
      skipped,
      verifiedOnly,
      elapsedMs: performance.now() - started,
    });
    if (options.verifyOnly === true) return report(true);
    await options.beforeWrite?.(header);
    await writePass(options, key, first.headerBytes, seen, skippedScopes, manifest, started);
    return report(false);
  } finally {
    key?.fill(0);
    await first.close();
  }
}

/** Reads the whole archive once: authenticates it and checks it against its manifest. */
async function verifyPass(
  reader: ArchiveReader,
  key: Uint8Array,
  options: RestoreOptions,
  started: number,
): Promise<{ seen: Map<EntityId, Seen>; manifest: Manifest }> {
  const { header } = reader;
  const tagOf = orgTagger(key);
  const seen = new Map<EntityId, Seen>();
  let records = 0;
  let snapshots = 0;
  const progress = (bytes: number): void =>
    options.onProgress?.({
      phase: 'verify',
      entities: seen.size,
      records,
      snapshots,
      bytes,
      totalBytes: reader.size,
      elapsedMs: performance.now() - started,
    });
  for await (const raw of reader.entries(key, progress)) {
    const entity = entityFromArchive(raw.entity);
    let entry = seen.get(entity);
    if (raw.type === 'record') {
      if (snapshots > 0) throw new BackupFormatError(`${reader.file}: a record of ${entity} follows the snapshots`);
      if (entry === undefined) {
        const scope = scopeOfEntity(entity, options.kinds);
        if (!archiveSelects(header.scope, scope, tagOf)) {
          throw new BackupFormatError(`${reader.file} holds ${entity}, which is outside the archive's scope`);
        }
        entry = { scope, records: 0, firstSeq: raw.seq, lastSeq: raw.seq - 1, bytes: 0 };
        seen.set(entity, entry);
      }
      if (raw.seq !== entry.lastSeq + 1) {
        throw new BackupFormatError(`${reader.file}: the records of ${entity} jump to seq ${raw.seq}`);
      }
      entry.records++;
      entry.lastSeq = raw.seq + raw.count - 1;
      entry.bytes += raw.sealed.length;
      records++;
    } else {
      if (
        entry === undefined ||
        entry.snapshotSeq !== undefined ||
        raw.seq > entry.lastSeq ||
        raw.seq < entry.firstSeq
      ) {
        throw new BackupFormatError(`${reader.file}: the snapshot of ${entity} at seq ${raw.seq} has no place`);
      }
      entry.snapshotSeq = raw.seq;
      entry.bytes += raw.sealed.length;
      snapshots++;
    }
  }
  const manifest = reader.manifest;
  checkManifest(reader, manifest, seen, { records, snapshots });
  return { seen, manifest };
}

function checkManifest(
  reader: ArchiveReader,
  manifest: Manifest,
  seen: ReadonlyMap<EntityId, Seen>,
  counted: { records: number; snapshots: number },
): void {
  const wrong = (what: string): BackupTamperedError =>
    new BackupTamperedError(`${reader.file}: the manifest does not match the contents (${what})`);
  if (manifest.archiveId !== reader.header.archiveId) throw wrong('archive id');
  if (manifest.sha256 !== reader.contentHash) throw wrong('SHA-256');
  if (
    manifest.totals.entities !== seen.size ||
    manifest.totals.records !== counted.records ||
    manifest.totals.snapshots !== counted.snapshots ||
    manifest.entities.length !== seen.size
  ) {
    throw wrong('totals');
  }
  for (const listed of manifest.entities) {
    const entry = seen.get(listed.entity as EntityId);
    if (
      entry === undefined ||
      entry.records !== listed.records ||
      entry.lastSeq !== listed.lastSeq ||
      entry.firstSeq !== listed.firstSeq ||
      entry.snapshotSeq !== listed.snapshotSeq ||
      entry.bytes !== listed.bytes
    ) {
      throw wrong(`entity ${listed.entity}`);
    }
  }
}

/** The scopes whose keys the target's registry does not hold (shredded, or never there). */
async function scopesToSkip(
  header: ArchiveHeader,
  seen: ReadonlyMap<EntityId, Seen>,
  options: RestoreOptions,
): Promise<SkippedScope[]> {
  if (header.scope.type === 'registry') return [];
  const scopes = new Map<string, { entities: number; records: number }>();
  for (const entry of seen.values()) {
    const count = scopes.get(entry.scope) ?? { entities: 0, records: 0 };
    count.entities++;
    count.records += entry.records;
    scopes.set(entry.scope, count);
  }
  if (options.scopeStatus === undefined && scopes.size > 0) {
    throw new RangeError(
      'restoring org data needs scopeStatus: the target registry decides which orgs still have keys',
    );
  }
  const skipped: SkippedScope[] = [];
  const statusOf = new Map<string, ScopeStatus>();
  const ask = async (scope: string): Promise<ScopeStatus> => {
    let status = statusOf.get(scope);
    if (status === undefined) {
      status = await (options.scopeStatus as ScopeStatusOf)(scope);
      statusOf.set(scope, status);
    }
    return status;
  };
  for (const [scope, count] of scopes) {
    if (scope === REGISTRY_SCOPE) continue;
    let status = await ask(scope);
    // A module's data within an org goes with the org: a shredded org takes its modules along.
    const org = orgOfScope(scope);
    if (status === 'live' && org !== scope && (await ask(org)) === 'shredded') status = 'shredded';
    if (status !== 'live') skipped.push({ scope, reason: status, ...count });
  }
  return skipped.sort((a, b) => a.scope.localeCompare(b.scope));
}

/** Reads the archive again, authenticating every chunk again, and writes what it holds. */
async function writePass(
  options: RestoreOptions,
  key: Uint8Array,
  headerBytes: Uint8Array,
  seen: ReadonlyMap<EntityId, Seen>,
  skipped: ReadonlySet<string>,
  manifest: Manifest,
  started: number,
): Promise<void> {
  const reader = await ArchiveReader.open(options.file);
  try {
    if (!Buffer.from(reader.headerBytes).equals(headerBytes)) {
      throw new BackupTamperedError(`${options.file} changed while it was being restored`);
    }
    const heads = new Map<EntityId, JournalPosition>();
    const snapshotPositions = new Map<EntityId, JournalPosition>();
    let records = 0;
    let snapshots = 0;
    const progress = (bytes: number): void =>
      options.onProgress?.({
        phase: 'restore',
        entities: heads.size,
        records,
        snapshots,
        bytes,
        totalBytes: reader.size,
        elapsedMs: performance.now() - started,
      });
    const appends = new PerEntityPipeline(options.appendConcurrency ?? DEFAULT_APPEND_CONCURRENCY);
    try {
      for await (const raw of reader.entries(key, progress)) {
        const entity = raw.entity as EntityId;
        const entry = seen.get(entity);
        if (entry === undefined) throw changed(options.file);
        if (skipped.has(entry.scope)) continue;
        if (raw.type === 'record') {
          // Different entities' appends overlap; one entity's stay in order, each fenced on the last.
          await appends.add(entity, () => writeEntry(options, entity, entry, raw, heads, snapshotPositions));
          records++;
        } else {
          // Snapshots come after every record: each needs where its record landed.
          await appends.drain();
          await writeEntry(options, entity, entry, raw, heads, snapshotPositions);
          snapshots++;
        }
      }
      await appends.drain();
    } finally {
      // On a failure, let what is in flight settle before the reader closes; the failure stands.
      await appends.drain().catch(() => undefined);
    }
    if (reader.contentHash !== manifest.sha256) throw changed(options.file);
  } finally {
    await reader.close();
  }
}

async function writeEntry(
  options: RestoreOptions,
  entity: EntityId,
  entry: Seen,
  raw: RawEntry,
  heads: Map<EntityId, JournalPosition>,
  snapshotPositions: Map<EntityId, JournalPosition>,
): Promise<void> {
  if (raw.type === 'record') {
    const position = await options.journal.append(entity, heads.get(entity) ?? 0, {
      seq: raw.seq,
      count: raw.count,
      sealed: raw.sealed,
    });
    heads.set(entity, position);
    if (raw.seq + raw.count - 1 === entry.snapshotSeq) snapshotPositions.set(entity, position);
    return;
  }
  const position = snapshotPositions.get(entity);
  // The writer only includes a snapshot that ends on a record it included.
  if (position === undefined) {
    throw new BackupFormatError(`the snapshot of ${entity} at seq ${raw.seq} does not end on a record`);
  }
  await options.snapshots.save(entity, { seq: raw.seq, position, sealed: raw.sealed });
}

/**
 * Runs tasks keyed by entity: one entity's in order, different entities' side by side, at most
 * `limit` queued at once. The first failure is thrown by the next `add` or by `drain`.
 */
class PerEntityPipeline {
  readonly #limit: number;
  readonly #tails = new Map<EntityId, Promise<void>>();
  #inflight = 0;
  #wake: (() => void) | undefined;
  #idle: Promise<void> = Promise.resolve();
  #settleIdle: (() => void) | undefined;
  #failed: { error: unknown } | undefined;

  constructor(limit: number) {
    this.#limit = limit;
  }

  async add(entity: EntityId, task: () => Promise<void>): Promise<void> {
    while (this.#inflight >= this.#limit && this.#failed === undefined) {
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
    if (this.#failed !== undefined) throw this.#failed.error;
    if (this.#inflight++ === 0) this.#idle = new Promise((resolve) => (this.#settleIdle = resolve));
    const run = (this.#tails.get(entity) ?? Promise.resolve()).then(task);
    this.#tails.set(entity, run);
    const settle = (): void => {
      if (this.#tails.get(entity) === run) this.#tails.delete(entity);
      if (--this.#inflight === 0) this.#settleIdle?.();
      const wake = this.#wake;
      this.#wake = undefined;
      wake?.();
    };
    run.then(settle, (error: unknown) => {
      this.#failed ??= { error };
      settle();
    });
  }

  /** Waits for every queued task. @throws the first task failure */
  async drain(): Promise<void> {
    if (this.#inflight > 0) await this.#idle;
    if (this.#failed !== undefined) throw this.#failed.error;
  }
}

function changed(file: string): BackupTamperedError {
  return new BackupTamperedError(`${file} changed while it was being restored; the restore is incomplete`);
}
