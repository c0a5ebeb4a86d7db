/**
 * Notes of outbox messages that may not have been delivered yet. A host notes an entity as it
 * appends a record holding an outbox message and clears the note once the message is delivered
 * and the entity idle, so a crash between the two leaves a note, and the node's relay
 * (outbox-relay.ts) has the entity deliver it. A note holds a sequence number and the entity's id sealed so that any node can open
 * it (its key is the entity's blinded name); the message stays sealed in the journal.
 */
import type { EntityId } from '../entity-id.js';
import type { EntityNames } from './stored-names.js';

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

/** Encodes a note's value; `entity` is its id as {@link EntityNames.sealForNote} sealed it. */
export function encodeNote(seq: number, at: number, entity: string): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ seq, at, entity }));
}

/**
 * A note as a store holds it.
 * @returns undefined for a value that is not a note's, or whose entity does not open (skipped, never trusted)
 */
export async function readNote(names: EntityNames, value: Uint8Array): Promise<OutboxNote | undefined> {
  const note = decodeNote(value);
  if (note === undefined) return undefined;
  const entity = await names.openNote(note.entity);
  return entity === undefined ? undefined : { entity, seq: note.seq, at: note.at };
}

/** Whether `clear(entity, seq)` drops this stored value: a note for `seq` or earlier, or no note at all. */
export function clearedBy(value: Uint8Array, seq: number): boolean {
  const note = decodeNote(value);
  return note === undefined || note.seq <= seq;
}

function decodeNote(value: Uint8Array): { seq: number; at: number; entity: string } | undefined {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(value)) as { seq?: unknown; at?: unknown; entity?: unknown };
    const { seq, at, entity } = parsed;
    if (
      typeof seq === 'number' &&
      Number.isSafeInteger(seq) &&
      seq > 0 &&
      typeof at === 'number' &&
      typeof entity === 'string'
    ) {
      return { seq, at, entity };
    }
  } catch {
    // fall through
  }
  return undefined;
}
