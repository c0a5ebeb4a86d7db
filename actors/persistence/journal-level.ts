/**
 * The embedded default's journal: records in a local classic-level store, fenced in-process by a
 * per-entity lock and a check of the entity's last key. The position is the entity's last event
 * sequence.
 */
import type { ClassicLevel } from 'classic-level';
import type { KeyScope } from '../crypto/keyring.js';
import type { EntityId } from '../entity-id.js';
import { JournalCorruptError, JournalFencedError, JournalUnavailableError } from '../errors.js';
import type { Journal, JournalHead, JournalPosition, JournalRecord } from './journal.js';
import { KeyedMutex } from './keyed-mutex.js';
import type { EntityNames } from './stored-names.js';

type Db = ClassicLevel<string, Uint8Array>;

/** Journal keys are `j:<stored name>!<seq>`; other data in the store uses other prefixes. */
const PREFIX = 'j:';
const SEQ_DIGITS = 16;
const COUNT_BYTES = 4;

/** Options of {@link LevelJournal}. */
export interface LevelJournalOptions {
  /**
   * fsync every append before it is acknowledged.
   * @default true
   */
  readonly sync?: boolean;
}

export class LevelJournal implements Journal {
  readonly #db: Db;
  readonly #names: EntityNames;
  readonly #sync: boolean;
  readonly #locks = new KeyedMutex();

  /**
   * @param db an open classic-level store with string keys and `valueEncoding: 'view'`; the caller closes it
   * @param names how entities are named in the store (blinded)
   */
  constructor(db: Db, names: EntityNames, options: LevelJournalOptions = {}) {
    this.#db = db;
    this.#names = names;
    this.#sync = options.sync ?? true;
  }

  async head(entity: EntityId): Promise<JournalHead> {
    const name = await this.#names.forRead(entity);
    return name === undefined ? { position: 0, lastSeq: 0 } : this.#head(name);
  }

  async #head(name: string): Promise<JournalHead> {
    for await (const [key, value] of this.#db.iterator({ ...rangeOf(name), reverse: true, limit: 1 })) {
      const record = decode(key, value);
      const lastSeq = record.seq + record.count - 1;
      return { position: lastSeq, lastSeq };
    }
    return { position: 0, lastSeq: 0 };
  }

  async *readAfter(entity: EntityId, position: JournalPosition): AsyncIterable<JournalRecord> {
    const name = await this.#names.forRead(entity);
    if (name === undefined) return;
    const range = rangeOf(name);
    // Records before the first may have been erased (compaction): check contiguity from there on.
    let expected: number | undefined;
    for await (const [key, value] of this.#db.iterator({ gt: keyOf(name, position), lt: range.lt })) {
      const record = decode(key, value);
      if (expected !== undefined && record.seq !== expected) {
        throw new JournalCorruptError(`journal of ${entity} jumps from seq ${expected - 1} to ${record.seq}`);
      }
      expected = record.seq + record.count;
      yield record;
    }
  }

  async append(
    entity: EntityId,
    expected: JournalPosition,
    record: Omit<JournalRecord, 'position'>,
  ): Promise<JournalPosition> {
    const name = await this.#names.forWrite(entity);
    return this.#locks.run(name, async () => {
      const head = await this.#head(name);
      // An empty journal may start past seq 1: a restored entity whose earlier records were compacted away.
      if (head.position !== expected || (head.lastSeq > 0 && record.seq !== head.lastSeq + 1)) {
        throw new JournalFencedError(entity);
      }
      const value = new Uint8Array(COUNT_BYTES + record.sealed.length);
      new DataView(value.buffer).setUint32(0, record.count);
      value.set(record.sealed, COUNT_BYTES);
      try {
        await this.#db.put(keyOf(name, record.seq), value, { sync: this.#sync });
      } catch (error) {
        throw new JournalUnavailableError('local journal write failed', { cause: error });
      }
      return record.seq + record.count - 1;
    });
  }

  async eraseBefore(entity: EntityId, position: JournalPosition): Promise<number> {
    const name = await this.#names.forRead(entity);
    if (name === undefined) return 0;
    return this.#locks.run(name, async () => {
      const range = rangeOf(name);
      const doomed: string[] = [];
      for await (const [key, value] of this.#db.iterator({ ...range, lt: keyOf(name, position), keys: true })) {
        if (decode(key, value).position < position) doomed.push(key);
      }
      if (doomed.length === 0) return 0;
      try {
        await this.#db.batch(
          doomed.map((key) => ({ type: 'del' as const, key })),
          { sync: true },
        );
        // LevelDB keeps deleted values in its log and table files until they are compacted away.
        await this.#db.compactRange(range.gt, range.lt);
      } catch (error) {
        throw new JournalUnavailableError(`erasing the journal of ${entity} failed`, { cause: error });
      }
      return doomed.length;
    });
  }

  async *entities(scope: KeyScope): AsyncIterable<EntityId> {
    const group = await this.#names.group(scope);
    if (group === undefined) return;
    // Seek past each entity's records instead of reading them: one step per entity.
    const keys = this.#db.keys({ gt: `${PREFIX}${group}.`, lt: `${PREFIX}${group}/` });
    try {
      for (let key = await keys.next(); key !== undefined; key = await keys.next()) {
        const name = nameOfKey(key);
        const entity = await this.#names.entityOf(name);
        if (entity !== undefined) yield entity;
        keys.seek(rangeOf(name).lt);
      }
    } finally {
      await keys.close();
    }
  }

  /** Every record of the scopes' entities, in key order, each scope from one point-in-time view of the store. */
  async *readAll(scopes: readonly KeyScope[]): AsyncIterable<{ entity: EntityId; record: JournalRecord }> {
    for (const group of await groupsOf(this.#names, scopes)) {
      let last: { name: string; entity: EntityId | undefined } | undefined;
      for await (const [key, value] of this.#db.iterator({ gt: `${PREFIX}${group}.`, lt: `${PREFIX}${group}/` })) {
        const name = nameOfKey(key);
        if (last?.name !== name) last = { name, entity: await this.#names.entityOf(name) };
        if (last.entity !== undefined) yield { entity: last.entity, record: decode(key, value) };
      }
    }
  }

  async close(): Promise<void> {
    // The store is owned by whoever opened it.
  }
}

/** The distinct groups of some scopes' orgs that have keys. */
export async function groupsOf(names: EntityNames, scopes: readonly KeyScope[]): Promise<string[]> {
  const groups = new Set<string>();
  for (const scope of scopes) {
    const group = await names.group(scope);
    if (group !== undefined) groups.add(group);
  }
  return [...groups];
}

function keyOf(name: string, seq: number): string {
  return `${PREFIX}${name}!${String(seq).padStart(SEQ_DIGITS, '0')}`;
}

function nameOfKey(key: string): string {
  return key.slice(PREFIX.length, key.length - SEQ_DIGITS - 1);
}

function rangeOf(name: string): { gt: string; lt: string } {
  // '!' < '"': every key of this entity lies between `name!` and `name"`.
  return { gt: `${PREFIX}${name}!`, lt: `${PREFIX}${name}"` };
}

function decode(key: string, value: Uint8Array): JournalRecord {
  if (value.length < COUNT_BYTES) throw new JournalCorruptError(`journal record ${key} is truncated`);
  const seq = Number(key.slice(key.length - SEQ_DIGITS));
  const count = new DataView(value.buffer, value.byteOffset, value.byteLength).getUint32(0);
  return { seq, count, position: seq + count - 1, sealed: value.subarray(COUNT_BYTES) };
}
