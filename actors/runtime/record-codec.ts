/**
 * What the runtime seals: a journal record (one command's events, its request id and reply) and
 * a snapshot (state plus the recent request ids, so retries stay exactly-once after recovery).
 */
import { JournalCorruptError } from '../errors.js';
import type { Caller, OutboxMessage } from '../entity-kind.js';

/** The plaintext of one journal record. */
export interface RecordBody {
  readonly requestId: string;
  readonly events: readonly unknown[];
  /** The reply given for the command, JSON-encoded; replayed to a retry of the same request. */
  readonly reply: string;
  readonly at: number;
  readonly caller: Caller;
  /** What the change tells the rest of the system (see EntityDefinition.outbox), if anything. */
  readonly outbox?: OutboxMessage;
}

/** An outbox message that may not have been delivered yet: that of record `seq`. */
export interface PendingOutbox {
  readonly seq: number;
  readonly message: OutboxMessage;
}

/** The plaintext of one snapshot. */
export interface SnapshotBody {
  readonly state: unknown;
  /** Recent request ids and their JSON replies, oldest first. */
  readonly recent: readonly (readonly [string, string])[];
  /** The last outbox message, unless it was delivered before the snapshot. */
  readonly outbox?: PendingOutbox;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeRecordBody(body: RecordBody): Uint8Array {
  return encoder.encode(JSON.stringify(body));
}

export function decodeRecordBody(bytes: Uint8Array, where: string): RecordBody {
  const value = parse(bytes, where) as Partial<RecordBody>;
  if (typeof value.requestId !== 'string' || !Array.isArray(value.events) || typeof value.reply !== 'string') {
    throw new JournalCorruptError(`${where} is not a journal record`);
  }
  return value as RecordBody;
}

export function encodeSnapshotBody(body: SnapshotBody): Uint8Array {
  return encoder.encode(JSON.stringify(body));
}

export function decodeSnapshotBody(bytes: Uint8Array, where: string): SnapshotBody {
  const value = parse(bytes, where) as Partial<SnapshotBody>;
  if (!('state' in value) || !Array.isArray(value.recent)) throw new JournalCorruptError(`${where} is not a snapshot`);
  return value as SnapshotBody;
}

function parse(bytes: Uint8Array, where: string): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch (error) {
    throw new JournalCorruptError(`${where} does not decode`, { cause: error });
  }
}
