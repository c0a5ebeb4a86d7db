/**
 * The journal holds every entity's sealed records in order; the snapshot store holds sealed
 * snapshots. Both see only ciphertext. The core depends on these interfaces; `nodes/` wires an
 * adapter: {@link LevelJournal} in the embedded default, {@link JetStreamJournal} in a cluster.
 */
import type { KeyScope } from '../crypto/keyring.js';
import type { EntityId } from '../entity-id.js';

/**
 * An opaque, increasing position of a record in its journal (a JetStream stream sequence, or the
 * entity's own sequence in a local journal). 0 means "before the first record".
 */
export type JournalPosition = number;

/** One persisted command outcome: one or more events, sealed together. */
export interface JournalRecord {
  /** The sequence number of the record's first event; an entity's events are numbered 1, 2, 3… */
  readonly seq: number;
  /** How many events the record holds. */
  readonly count: number;
  readonly position: JournalPosition;
  readonly sealed: Uint8Array;
}

/** The last record of an entity, or position 0 and seq 0 when it has none. */
export interface JournalHead {
  readonly position: JournalPosition;
  /** The sequence number of the entity's last event. */
  readonly lastSeq: number;
}

/** An entity's append-only, fenced log of sealed records. */
export interface Journal {
  /** Where an entity's journal ends now. */
  head(entity: EntityId): Promise<JournalHead>;
  /** The entity's records after a position, in order. */
  readAfter(entity: EntityId, position: JournalPosition): AsyncIterable<JournalRecord>;
  /**
   * Appends a record if, and only if, the entity's last record is still at `expected` (fencing:
   * a writer that is not the current owner is refused). Resolves once the record is durable.
   * @throws JournalFencedError (`JOURNAL_FENCED`) when another writer appended first
   * @throws JournalUnavailableError (`JOURNAL_UNAVAILABLE`) when durability is not confirmed; the
   *   record may or may not have been written
   */
  append(
    entity: EntityId,
    expected: JournalPosition,
    record: Omit<JournalRecord, 'position'>,
  ): Promise<JournalPosition>;
  /**
   * Erases the entity's records before `position`, overwriting them where the store allows, so
   * what they held leaves the disks (crypto-shredding, retired keys). The record at `position`
   * stays: it is the head that fences the next append. Call only once a snapshot covers it.
   * @returns how many records were erased
   * @throws JournalUnavailableError (`JOURNAL_UNAVAILABLE`) when the store fails midway; erasing
   *   again finishes the job
   */
  eraseBefore(entity: EntityId, position: JournalPosition): Promise<number>;
  /**
   * Every entity of a scope's org (see `nameScopeOf`) with at least one record, each once; for
   * key rotation and moves. Names are blinded at rest: only the org's key lists its entities.
   */
  entities(scope: KeyScope): AsyncIterable<EntityId>;
  /**
   * Every record of the scopes' entities as of the call (records appended later are not
   * included), each entity's in order; for backups and checkers.
   */
  readAll(scopes: readonly KeyScope[]): AsyncIterable<{ entity: EntityId; record: JournalRecord }>;
  /** Releases resources; idempotent. */
  close(): Promise<void>;
}

/** A sealed snapshot of an entity's state after event `seq`, at journal position `position`. */
export interface StoredSnapshot {
  readonly seq: number;
  readonly position: JournalPosition;
  readonly sealed: Uint8Array;
}

/** Where snapshots are kept; a lost or stale snapshot costs replay time, never correctness. */
export interface SnapshotStore {
  /** The entity's snapshot; a store whose names are blinded finds none when the scope has no keys. */
  load(entity: EntityId): Promise<StoredSnapshot | undefined>;
  save(entity: EntityId, snapshot: StoredSnapshot): Promise<void>;
  /**
   * Makes sure earlier versions of the entity's snapshot leave the disks (after a compaction),
   * as far as the store allows.
   */
  scrub(entity: EntityId): Promise<void>;
  /** Removes the entity's snapshot, and scrubs it as {@link scrub} does (its org moved away). */
  remove(entity: EntityId): Promise<void>;
  close(): Promise<void>;
}
