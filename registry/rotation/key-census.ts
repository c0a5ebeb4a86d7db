/**
 * Which key versions the stored blobs of some entities are sealed with: what a rotation checks
 * before it retires a version, since retiring a key that a blob still needs loses that blob.
 */
import { movedRegionOf, sealedKeyVersion } from '../../actors/index.js';
import type { EntityId, Journal, SnapshotStore } from '../../actors/index.js';

/** Blob counts by key version. */
export type KeyCensus = ReadonlyMap<number, number>;

/**
 * Counts each entity's snapshot and the journal records after it (those a restart opens). Records
 * a snapshot covers are never opened again: a compaction erases them, except the head it keeps
 * for fencing, and a re-seal makes that head a marker sealed with the new key.
 */
export async function keyCensus(
  journal: Journal,
  snapshots: SnapshotStore,
  entities: Iterable<EntityId>,
): Promise<KeyCensus> {
  const census = new Map<number, number>();
  const count = (blob: Uint8Array) => {
    const version = sealedKeyVersion(blob);
    census.set(version, (census.get(version) ?? 0) + 1);
  };
  for (const entity of entities) {
    const snapshot = await snapshots.load(entity);
    if (snapshot !== undefined) count(snapshot.sealed);
    // From the snapshot's own record on (positions are increasing, so `position - 1` includes it).
    const from = snapshot === undefined ? 0 : Math.max(0, snapshot.position - 1);
    for await (const record of journal.readAfter(entity, from)) {
      // A moved org's marker seals nothing (see actors/persistence/moved-marker.ts).
      if (movedRegionOf(record) === undefined) count(record.sealed);
    }
  }
  return census;
}

/** Versions below `current` that some blob still uses. */
export function olderVersionsInUse(census: KeyCensus, current: number): number[] {
  return [...census.keys()].filter((version) => version < current).sort((a, b) => a - b);
}
