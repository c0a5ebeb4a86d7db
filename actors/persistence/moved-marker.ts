/**
 * The record that ends an entity's journal in a region it moved out of: no events (every other
 * record holds at least one), and the name of the region it went to. Appended with the journal's
 * fencing like any record, it refuses every later write of a node that still held the entity,
 * and any node that activates the entity there reads it and sends the caller to the new region.
 * Only region journals (JetStream) hold markers: a standalone node has one region, nothing to move.
 */
import type { JournalRecord } from './journal.js';

const PREFIX = 'moved-to:';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The marker to append after the entity's last event `lastSeq`. */
export function movedMarker(lastSeq: number, region: string): Omit<JournalRecord, 'position'> {
  return { seq: lastSeq + 1, count: 0, sealed: encoder.encode(`${PREFIX}${region}`) };
}

/** The region a marker names, or undefined when the record holds events. */
export function movedRegionOf(record: Pick<JournalRecord, 'count' | 'sealed'>): string | undefined {
  if (record.count !== 0) return undefined;
  const text = decoder.decode(record.sealed);
  return text.startsWith(PREFIX) ? text.slice(PREFIX.length) : '';
}
