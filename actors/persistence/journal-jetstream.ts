/**
 * A region's journal in a JetStream stream: one subject per entity (its blinded stored name), and every append fenced by
 * JetStream's expected-last-subject-sequence, so a stale owner's write is refused by the server.
 * The position is the stream sequence of the entity's last record.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, JetStreamApiError, DeliverPolicy } from '@nats-io/jetstream';
import type { JetStreamClient, JetStreamManager, StoredMsg } from '@nats-io/jetstream';
import type { KeyScope } from '../crypto/keyring.js';
import type { EntityId } from '../entity-id.js';
import { JournalCorruptError, JournalFencedError, JournalUnavailableError } from '../errors.js';
import type { Journal, JournalHead, JournalPosition, JournalRecord } from './journal.js';
import { groupsOf } from './journal-level.js';
import type { EntityNames } from './stored-names.js';

/**
 * A message is `seq (u64 BE) ‖ count (u32 BE) ‖ sealed record`: self-describing, no NATS headers
 * beyond the fencing one. The seq is bound by the seal's associated data; the count is checked
 * against the sealed events when the record is opened.
 */
const PREFIX = 12;
/** JetStream's error code for "wrong last sequence" (10071). */
const WRONG_LAST_SEQUENCE = 10071;

/** Options of {@link JetStreamJournal}. */
export interface JetStreamJournalOptions {
  readonly region: string;
  /** How entities are named in subjects (blinded). */
  readonly names: EntityNames;
  /**
   * Replicas of the journal stream (R3 in a three-server cluster).
   * @default 1
   */
  readonly replicas?: number;
  /**
   * How long to wait for the stream to confirm an append, in milliseconds.
   * @default 5000
   */
  readonly ackTimeoutMs?: number;
}

/** The stream and subject names of a region's journal. */
export function journalNames(region: string): { stream: string; subjectPrefix: string } {
  return { stream: `RDT_JOURNAL_${region.toUpperCase().replaceAll('-', '_')}`, subjectPrefix: `rdt.journal.${region}` };
}

export class JetStreamJournal implements Journal {
  readonly #js: JetStreamClient;
  readonly #jsm: JetStreamManager;
  readonly #stream: string;
  readonly #prefix: string;
  readonly #names: EntityNames;
  readonly #ackTimeoutMs: number;

  private constructor(js: JetStreamClient, jsm: JetStreamManager, options: JetStreamJournalOptions) {
    this.#js = js;
    this.#jsm = jsm;
    const names = journalNames(options.region);
    this.#stream = names.stream;
    this.#prefix = names.subjectPrefix;
    this.#names = options.names;
    this.#ackTimeoutMs = options.ackTimeoutMs ?? 5000;
  }

  /** Opens the region's journal, creating its stream if it does not exist yet. */
  static async open(nc: NatsConnection, options: JetStreamJournalOptions): Promise<JetStreamJournal> {
    const jsm = await jetstreamManager(nc);
    const journal = new JetStreamJournal(jetstream(nc), jsm, options);
    try {
      await jsm.streams.info(journal.#stream);
    } catch {
      await jsm.streams.add({
        name: journal.#stream,
        subjects: [`${journal.#prefix}.>`],
        num_replicas: options.replicas ?? 1,
        storage: 'file' as never,
        discard: 'new' as never,
        description: `Redoubt journal of region ${options.region}`,
      });
    }
    return journal;
  }

  /** The entity's subject, or undefined when its scope has no keys (nothing of it is stored). */
  async #subject(entity: EntityId): Promise<string | undefined> {
    const name = await this.#names.forRead(entity);
    return name === undefined ? undefined : `${this.#prefix}.${name}`;
  }

  async head(entity: EntityId): Promise<JournalHead> {
    const subject = await this.#subject(entity);
    if (subject === undefined) return { position: 0, lastSeq: 0 };
    const msg = await this.#get({ last_by_subj: subject });
    if (msg === null) return { position: 0, lastSeq: 0 };
    const record = toRecord(msg);
    return { position: record.position, lastSeq: record.seq + record.count - 1 };
  }

  async *readAfter(entity: EntityId, position: JournalPosition): AsyncIterable<JournalRecord> {
    const subject = await this.#subject(entity);
    if (subject === undefined) return;
    // The last record first: the common case after a snapshot (one record, or none) then takes one
    // request, and the walk forward knows where to stop instead of asking once more for nothing.
    const lastMsg = await this.#get({ last_by_subj: subject });
    if (lastMsg === null || lastMsg.seq <= position) return;
    const last = toRecord(lastMsg);
    let expectedSeq: number | undefined;
    const contiguous = (record: JournalRecord): JournalRecord => {
      if (expectedSeq !== undefined && record.seq !== expectedSeq) {
        throw new JournalCorruptError(`journal of ${entity} jumps from seq ${expectedSeq - 1} to ${record.seq}`);
      }
      expectedSeq = record.seq + record.count;
      return record;
    };
    for (let next = position + 1; next < last.position;) {
      const msg = await this.#get({ seq: next, next_by_subj: subject });
      if (msg === null || msg.seq >= last.position) break;
      const record = contiguous(toRecord(msg));
      next = record.position + 1;
      yield record;
    }
    yield contiguous(last);
  }

  async append(
    entity: EntityId,
    expected: JournalPosition,
    record: Omit<JournalRecord, 'position'>,
  ): Promise<JournalPosition> {
    const payload = Buffer.allocUnsafe(PREFIX + record.sealed.length);
    payload.writeBigUInt64BE(BigInt(record.seq), 0);
    payload.writeUInt32BE(record.count, 8);
    payload.set(record.sealed, PREFIX);
    try {
      const subject = `${this.#prefix}.${await this.#names.forWrite(entity)}`;
      const ack = await this.#js.publish(subject, payload, {
        expect: { lastSubjectSequence: expected },
        timeout: this.#ackTimeoutMs,
      });
      return ack.seq;
    } catch (error) {
      if (error instanceof JetStreamApiError && error.code === WRONG_LAST_SEQUENCE) {
        throw new JournalFencedError(entity, { cause: error });
      }
      throw new JournalUnavailableError(`journal append for ${entity} not confirmed`, { cause: error });
    }
  }

  async eraseBefore(entity: EntityId, position: JournalPosition): Promise<number> {
    const subject = await this.#subject(entity);
    if (subject === undefined) return 0;
    let erased = 0;
    for (let next = 1; ;) {
      const msg = await this.#get({ seq: next, next_by_subj: subject });
      if (msg === null || msg.seq >= position) return erased;
      try {
        // erase: JetStream overwrites the message's bytes instead of only marking it deleted.
        await this.#jsm.streams.deleteMessage(this.#stream, msg.seq, true);
      } catch (error) {
        throw new JournalUnavailableError(`erasing journal message ${msg.seq} of ${entity} failed`, { cause: error });
      }
      erased++;
      next = msg.seq + 1;
    }
  }

  async *entities(scope: KeyScope): AsyncIterable<EntityId> {
    const group = await this.#names.group(scope);
    if (group === undefined) return;
    let subjects: Record<string, number>;
    try {
      // The server lists the org's subjects (paged by the client): no record is read.
      const info = await this.#jsm.streams.info(this.#stream, { subjects_filter: `${this.#prefix}.${group}.>` });
      subjects = info.state.subjects ?? {};
    } catch (error) {
      throw new JournalUnavailableError('listing the journal failed', { cause: error });
    }
    for (const subject of Object.keys(subjects)) {
      const entity = await this.#names.entityOf(subject.slice(this.#prefix.length + 1));
      if (entity !== undefined) yield entity;
    }
  }

  /**
   * How many entities the stream holds under names of an earlier release, which kept the entity
   * id in the subject: one token after the prefix, where a blinded name has two.
   */
  async unblindedEntities(): Promise<number> {
    try {
      const info = await this.#jsm.streams.info(this.#stream, { subjects_filter: `${this.#prefix}.*` });
      return Object.keys(info.state.subjects ?? {}).length;
    } catch (error) {
      throw new JournalUnavailableError('listing the journal failed', { cause: error });
    }
  }

  /** Every record of the scopes' entities, each org's in stream order, up to its last one when called. */
  async *readAll(scopes: readonly KeyScope[]): AsyncIterable<{ entity: EntityId; record: JournalRecord }> {
    for (const group of await groupsOf(this.#names, scopes)) yield* this.#readGroup(`${this.#prefix}.${group}.>`);
  }

  async *#readGroup(filter: string): AsyncIterable<{ entity: EntityId; record: JournalRecord }> {
    // One consumer per org (nats-server 2.9 filters on one subject): its last message is the end.
    const info = await this.#jsm.streams.info(this.#stream, { subjects_filter: filter });
    const subjects = info.state.subjects ?? {};
    if (Object.keys(subjects).length === 0) return;
    const last = info.state.last_seq;
    const consumer = await this.#js.consumers.get(this.#stream, {
      deliver_policy: DeliverPolicy.All,
      filter_subjects: filter,
    });
    const messages = await consumer.consume();
    const entities = new Map<string, EntityId | undefined>();
    try {
      for await (const msg of messages) {
        if (msg.seq > last) break;
        const name = msg.subject.slice(this.#prefix.length + 1);
        if (!entities.has(name)) entities.set(name, await this.#names.entityOf(name));
        const entity = entities.get(name);
        if (entity !== undefined) yield { entity, record: decodeRecord(msg.data, msg.seq, msg.subject) };
        // Later messages may have been erased since: stop when nothing is pending either.
        if (msg.seq >= last || msg.info.pending === 0) break;
      }
    } finally {
      await messages.close();
    }
  }

  async #get(query: { seq: number; next_by_subj: string } | { last_by_subj: string }): Promise<StoredMsg | null> {
    try {
      return await this.#jsm.streams.getMessage(this.#stream, query);
    } catch (error) {
      throw new JournalUnavailableError(`journal read failed`, { cause: error });
    }
  }

  async close(): Promise<void> {
    // The connection is owned by whoever opened it.
  }
}

function toRecord(msg: StoredMsg): JournalRecord {
  return decodeRecord(msg.data, msg.seq, msg.subject);
}

function decodeRecord(data: Uint8Array, position: number, subject: string): JournalRecord {
  if (data.length <= PREFIX) throw new JournalCorruptError(`journal message ${position} on ${subject} is truncated`);
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const seq = Number(view.readBigUInt64BE(0));
  const count = view.readUInt32BE(8);
  // A record of no events is a moved marker (see moved-marker.ts).
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new JournalCorruptError(`journal message ${position} on ${subject} has an invalid sequence prefix`);
  }
  return { seq, count, position, sealed: view.subarray(PREFIX) };
}
