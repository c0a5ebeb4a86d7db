/**
 * Notes of outbox messages that may not have been delivered yet. A host notes an entity before it
 * appends a record holding an outbox message and clears the note once the message is delivered,
 * so a crash between the two leaves a note, and the node's relay (outbox-relay.ts) has the entity
 * deliver it. A note names an entity and a sequence number only; the message stays sealed in the
 * journal.
 */
import type { EntityId } from '../entity-id.js';

export interface OutboxNote {
  readonly entity: EntityId;
  /** The seq of the record whose message may be undelivered. */
  readonly seq: number;
  /** When the note was made, ms since the epoch. */
  readonly at: number;
}

export interface OutboxLedger {
  /** Notes durably that the entity's record `seq` may hold an undelivered message. */
  note(entity: EntityId, seq: number, at: number): Promise<void>;
  /** Drops the entity's note if it is for `seq` or earlier (a later note stays). */
  clear(entity: EntityId, seq: number): Promise<void>;
  /** Every note now. */
  notes(): AsyncIterable<OutboxNote>;
}

/** Encodes a note's value; its key names the entity. */
export function encodeNote(seq: number, at: number): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ seq, at }));
}

/**
 * A note as a store holds it: the entity its key names and its value.
 * @returns undefined for a key or value that is not a note's (skipped, never trusted)
 */
export function readNote(entityOfKey: () => EntityId, value: Uint8Array): OutboxNote | undefined {
  const note = decodeNote(value);
  if (note === undefined) return undefined;
  try {
    return { entity: entityOfKey(), ...note };
  } catch {
    return undefined;
  }
}

/** Whether `clear(entity, seq)` drops this stored value: a note for `seq` or earlier, or no note at all. */
export function clearedBy(value: Uint8Array, seq: number): boolean {
  const note = decodeNote(value);
  return note === undefined || note.seq <= seq;
}

function decodeNote(value: Uint8Array): { seq: number; at: number } | undefined {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(value)) as { seq?: unknown; at?: unknown };
    const { seq, at } = parsed;
    if (typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0 && typeof at === 'number') return { seq, at };
  } catch {
    // fall through
  }
  return undefined;
}
