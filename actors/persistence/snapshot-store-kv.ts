/** Snapshots in a JetStream KV bucket, so any node of the region can recover an entity. */
import type { KV } from '@nats-io/kv';
import type { EntityId } from '../entity-id.js';
import { entityToken } from '../entity-id.js';
import type { SnapshotStore, StoredSnapshot } from './journal.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';

export class KvSnapshotStore implements SnapshotStore {
  readonly #kv: KV;

  constructor(kv: KV) {
    this.#kv = kv;
  }

  async load(entity: EntityId): Promise<StoredSnapshot | undefined> {
    const entry = await this.#kv.get(entityToken(entity));
    if (entry === null || entry.operation !== 'PUT' || entry.length === 0) return undefined;
    return decodeSnapshot(entry.value);
  }

  async save(entity: EntityId, snapshot: StoredSnapshot): Promise<void> {
    await this.#kv.put(entityToken(entity), encodeSnapshot(snapshot));
  }

  async scrub(): Promise<void> {
    // The bucket keeps one revision per key; JetStream drops older ones itself (not overwritten
    // in place: see the registry README on shredding in a cluster).
  }

  async remove(entity: EntityId): Promise<void> {
    // A purge drops every revision of the key, not only the latest.
    await this.#kv.purge(entityToken(entity));
  }

  async close(): Promise<void> {
    // The bucket's connection is owned by whoever opened it.
  }
}
