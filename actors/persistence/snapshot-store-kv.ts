/** Snapshots in a JetStream KV bucket, keyed by blinded names, so any node of the region can recover an entity. */
import type { KV } from '@nats-io/kv';
import type { EntityId } from '../entity-id.js';
import type { SnapshotStore, StoredSnapshot } from './journal.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';
import type { EntityNames } from './stored-names.js';

export class KvSnapshotStore implements SnapshotStore {
  readonly #kv: KV;
  readonly #names: EntityNames;

  constructor(kv: KV, names: EntityNames) {
    this.#kv = kv;
    this.#names = names;
  }

  async load(entity: EntityId): Promise<StoredSnapshot | undefined> {
    const name = await this.#names.forRead(entity);
    if (name === undefined) return undefined;
    const entry = await this.#kv.get(name);
    if (entry === null || entry.operation !== 'PUT' || entry.length === 0) return undefined;
    return decodeSnapshot(entry.value);
  }

  async save(entity: EntityId, snapshot: StoredSnapshot): Promise<void> {
    await this.#kv.put(await this.#names.forWrite(entity), encodeSnapshot(snapshot));
  }

  async scrub(): Promise<void> {
    // The bucket keeps one revision per key; JetStream drops older ones itself (not overwritten
    // in place: see the registry README on shredding in a cluster).
  }

  async remove(entity: EntityId): Promise<void> {
    const name = await this.#names.forRead(entity);
    // A purge drops every revision of the key, not only the latest.
    if (name !== undefined) await this.#kv.purge(name);
  }

  async close(): Promise<void> {
    // The bucket's connection is owned by whoever opened it.
  }
}
