/**
 * Moving an org to another region: copy, verify, switch, shred. Each of the org's entities in the
 * old region is first closed there: a marker naming the new region is appended to its journal
 * with the journal's fencing (expected last sequence), so a node that still holds the entity
 * cannot write after the copy was read, and any node that activates it there sends its caller
 * to the new region (`ENTITY_MOVED`; callers look the home up again and retry within their
 * deadline). Its records and snapshot are then copied to the new region's stores, and read back
 * and compared. Once every entity is copied, the directory's `org-home` entry is moved by
 * compare-and-set and the move announced; then the old copy is erased, all but the markers (a
 * stale gateway that still routes there is told where the org went, not served an empty org).
 * The org is unavailable for writes from its first entity's close to the switch: its callers
 * wait and retry. Run again after a crash, the move resumes where it stopped: closed entities
 * are recognised by their marker and copies already made are checked, not made twice. A new
 * region that already holds other records of one of the entities is found before anything is
 * closed, and refused.
 */
import {
  CommandRejectedError,
  homeOf,
  JournalFencedError,
  movedMarker,
  movedRegionOf,
  splitEntityId,
} from '../../actors/index.js';
import type {
  AnyEntityKind,
  EntityId,
  Journal,
  JournalPosition,
  JournalRecord,
  OutboxLedger,
  OutboxNote,
  SnapshotStore,
  StoredSnapshot,
} from '../../actors/index.js';
import { OrgMoveError } from '../errors.js';
import type { OrgHomeCommand, OrgHomeReply } from './protocol.js';

/** One region's stores, reached from the registry node. */
export interface RegionData {
  readonly region: string;
  readonly journal: Journal;
  readonly snapshots: SnapshotStore;
  readonly outbox: OutboxLedger;
}

export interface OrgMoveDeps {
  readonly from: RegionData;
  readonly to: RegionData;
  /** The data kinds, to tell which entities belong to the org. */
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  /** Asks the org's `org-home` entry in the registry's directory. */
  askHome(command: OrgHomeCommand): Promise<OrgHomeReply>;
  /** Tells the gateways and the old region's nodes that the org moved (best effort). */
  announce(move: { org: string; from: string; to: string }): void;
}

export type OrgMovePhase = 'copy' | 'switch' | 'shred';

export interface OrgMoveProgress {
  readonly phase: OrgMovePhase;
  readonly done: number;
  readonly total: number;
}

export interface OrgMoveReport {
  readonly org: string;
  readonly from: string;
  readonly to: string;
  /** False when the org already was in `to`. */
  readonly moved: boolean;
  readonly entities: number;
  /** Journal records copied (and read back equal). */
  readonly records: number;
  readonly snapshots: number;
  /** Records erased from the old region. */
  readonly erased: number;
}

/** The report of a move that moved nothing (yet). */
export function unmoved(org: string, from: string, to: string): OrgMoveReport {
  return { org, from, to, moved: false, entities: 0, records: 0, snapshots: 0, erased: 0 };
}

/** How many times an entity is read again when a write slipped in before its marker. */
const CLOSE_ATTEMPTS = 5;

/**
 * Moves `org` from `deps.from` to `deps.to` (see the file's comment).
 * @throws CommandRejectedError (`REGION_MISMATCH`) when the org is not in `deps.from`
 * @throws OrgMoveError (`MOVE_FAILED`) when a copy does not read back equal, or the new region
 *   already holds other records of one of its entities
 */
export async function moveOrg(
  deps: OrgMoveDeps,
  org: string,
  onProgress: (progress: OrgMoveProgress) => void = () => undefined,
): Promise<OrgMoveReport> {
  const { from, to } = deps;
  const home = await deps.askHome({ type: 'lookup' });
  const report = { ...unmoved(org, from.region, to.region) };
  if (home.region === to.region) {
    // Moved already (this is a retry after the switch): only the old copy may be left to shred.
    const markers = await closeAndCopy(deps, org, new Set(), onProgress, report);
    return { ...report, erased: await shred(deps, markers, onProgress) };
  }
  if (home.region !== from.region) {
    throw new CommandRejectedError('REGION_MISMATCH', `org "${org}" is in region ${home.region}, not ${from.region}`);
  }
  const markers = await closeAndCopy(deps, org, new Set(), onProgress, report);
  onProgress({ phase: 'switch', done: 0, total: 1 });
  await deps.askHome({ type: 'move', from: from.region, region: to.region });
  deps.announce({ org, from: from.region, to: to.region });
  // An entity made in the old region after the list was taken (by a call that had routed there
  // just before): its acknowledged writes move too.
  const late = await closeAndCopy(deps, org, new Set(markers.keys()), onProgress, report);
  for (const [entity, position] of late) markers.set(entity, position);
  onProgress({ phase: 'switch', done: 1, total: 1 });
  return { ...report, moved: true, erased: await shred(deps, markers, onProgress) };
}

/**
 * Closes and copies every entity of the org in the old region but those in `skip`.
 * @returns each entity's marker position in the old region
 */
async function closeAndCopy(
  deps: OrgMoveDeps,
  org: string,
  skip: ReadonlySet<EntityId>,
  onProgress: (progress: OrgMoveProgress) => void,
  report: { entities: number; records: number; snapshots: number },
): Promise<Map<EntityId, JournalPosition>> {
  const members: EntityId[] = [];
  for await (const entity of deps.from.journal.entities(org)) {
    if (!skip.has(entity) && belongsToOrg(deps.kinds, entity, org)) members.push(entity);
  }
  // Before anything is closed: a move that would stop on a conflict must not freeze the org.
  for (const entity of members) await refuseConflict(deps, entity);
  const notes = new Map<EntityId, OutboxNote>();
  for await (const note of deps.from.outbox.notes()) notes.set(note.entity, note);
  const markers = new Map<EntityId, JournalPosition>();
  for (const [done, entity] of members.entries()) {
    onProgress({ phase: 'copy', done, total: members.length });
    const closed = await close(deps, entity);
    const copied = closed.shredded ? { records: 0, snapshot: false } : await copy(deps.to, entity, closed);
    const note = notes.get(entity);
    // The outbox message rides in the copied record; the note makes the new region deliver it.
    if (note !== undefined) await deps.to.outbox.note(entity, note.seq, note.at);
    markers.set(entity, closed.marker);
    report.entities++;
    report.records += copied.records;
    report.snapshots += copied.snapshot ? 1 : 0;
  }
  onProgress({ phase: 'copy', done: members.length, total: members.length });
  return markers;
}

/**
 * Refuses a move to a region that holds records of the entity other than a marker, unless an
 * earlier run of this move made them (the entity is closed here already: the copy is compared).
 * @throws OrgMoveError
 */
async function refuseConflict(deps: OrgMoveDeps, entity: EntityId): Promise<void> {
  for await (const record of deps.to.journal.readAfter(entity, 0)) {
    if (movedRegionOf(record) !== undefined) continue;
    const last = (await recordsOf(deps.from.journal, entity)).at(-1);
    if (last === undefined || movedRegionOf(last) !== deps.to.region) throw conflict(entity, deps.to.region);
    return;
  }
}

interface Closed {
  readonly records: readonly JournalRecord[];
  readonly snapshot: StoredSnapshot | undefined;
  readonly marker: JournalPosition;
  /** Closed and shredded by an earlier run: nothing is left here to copy. */
  readonly shredded: boolean;
}

/** Reads an entity's records and snapshot, then appends the marker after the last record read. */
async function close(deps: OrgMoveDeps, entity: EntityId): Promise<Closed> {
  const { from, to } = deps;
  for (let attempt = 1; ; attempt++) {
    const snapshot = await from.snapshots.load(entity);
    const read = await recordsOf(from.journal, entity);
    const last = read.at(-1);
    if (last !== undefined && movedRegionOf(last) !== undefined) {
      if (movedRegionOf(last) !== to.region) {
        throw new OrgMoveError(`${entity} was moved to region ${movedRegionOf(last)} already`);
      }
      const records = read.slice(0, -1);
      return { records, snapshot, marker: last.position, shredded: records.length === 0 };
    }
    const lastSeq = last === undefined ? 0 : last.seq + last.count - 1;
    try {
      const marker = await from.journal.append(entity, last?.position ?? 0, movedMarker(lastSeq, to.region));
      return { records: read, snapshot, marker, shredded: false };
    } catch (error) {
      // A write landed after the read: read again, so that it moves too.
      if (!(error instanceof JournalFencedError) || attempt === CLOSE_ATTEMPTS) throw error;
    }
  }
}

/**
 * Writes an entity's records to the new region (positions there are new: the snapshot's is
 * mapped) and reads them back. Records already there from an earlier attempt must be the same.
 */
async function copy(to: RegionData, entity: EntityId, closed: Closed): Promise<{ records: number; snapshot: boolean }> {
  let there = await recordsOf(to.journal, entity);
  if (there.length > 0 && there.every((record) => movedRegionOf(record) !== undefined)) {
    // What an earlier move out of this region left (the org comes back): only its marker,
    // which would send callers away again. Erased before the copy.
    await to.journal.eraseBefore(entity, Number.MAX_SAFE_INTEGER);
    there = [];
  }
  const positions = new Map<JournalPosition, JournalPosition>();
  let expected: JournalPosition = 0;
  for (const [index, record] of closed.records.entries()) {
    const existing = there[index];
    if (existing !== undefined) {
      if (!sameRecord(existing, record)) throw conflict(entity, to.region);
      positions.set(record.position, existing.position);
      expected = existing.position;
      continue;
    }
    expected = await to.journal.append(entity, expected, {
      seq: record.seq,
      count: record.count,
      sealed: record.sealed,
    });
    positions.set(record.position, expected);
  }
  if (there.length > closed.records.length) throw conflict(entity, to.region);
  // Read back: what the new region will replay is what the old one held.
  const copied = await recordsOf(to.journal, entity);
  if (copied.length !== closed.records.length || !copied.every((record, i) => sameRecord(record, closed.records[i]!))) {
    throw new OrgMoveError(`the copy of ${entity} in region ${to.region} differs from the original`);
  }
  const { snapshot } = closed;
  if (snapshot === undefined) return { records: copied.length, snapshot: false };
  const position = positions.get(snapshot.position);
  if (position === undefined) {
    // The snapshot is of a record no longer in the journal: without it the state cannot be rebuilt.
    throw new OrgMoveError(`the snapshot of ${entity} is at a record that is not in its journal`);
  }
  await to.snapshots.save(entity, { ...snapshot, position });
  const saved = await to.snapshots.load(entity);
  if (saved === undefined || saved.seq !== snapshot.seq || !Buffer.from(saved.sealed).equals(snapshot.sealed)) {
    throw new OrgMoveError(`the snapshot of ${entity} did not arrive in region ${to.region} intact`);
  }
  return { records: copied.length, snapshot: true };
}

/** Erases the old copy, all but each entity's marker; drops its snapshots and outbox notes. */
async function shred(
  deps: OrgMoveDeps,
  markers: ReadonlyMap<EntityId, JournalPosition>,
  onProgress: (progress: OrgMoveProgress) => void,
): Promise<number> {
  const { from } = deps;
  const notes = new Map<EntityId, OutboxNote>();
  for await (const note of from.outbox.notes()) notes.set(note.entity, note);
  let erased = 0;
  let done = 0;
  for (const [entity, marker] of markers) {
    onProgress({ phase: 'shred', done: done++, total: markers.size });
    erased += await from.journal.eraseBefore(entity, marker);
    await from.snapshots.remove(entity);
    const note = notes.get(entity);
    if (note !== undefined) await from.outbox.clear(entity, note.seq);
  }
  onProgress({ phase: 'shred', done: markers.size, total: markers.size });
  return erased;
}

/** Whether an entity lives with `org` (an entity of a kind not in `kinds` is nobody's). */
export function belongsToOrg(kinds: ReadonlyMap<string, AnyEntityKind>, entity: EntityId, org: string): boolean {
  const { kind: name, id } = splitEntityId(entity);
  const kind = kinds.get(name);
  if (kind === undefined) return false;
  const home = homeOf(kind, id);
  return 'org' in home && home.org === org;
}

/** Every record of an entity's journal, in order. */
async function recordsOf(journal: Journal, entity: EntityId): Promise<JournalRecord[]> {
  const records: JournalRecord[] = [];
  for await (const record of journal.readAfter(entity, 0)) records.push(record);
  return records;
}

function sameRecord(a: JournalRecord, b: JournalRecord): boolean {
  return a.seq === b.seq && a.count === b.count && Buffer.from(a.sealed).equals(b.sealed);
}

function conflict(entity: EntityId, region: string): OrgMoveError {
  return new OrgMoveError(`region ${region} already holds other records of ${entity}: not overwritten`);
}
