/**
 * A local snapshot store in front of a shared one: saves go to both, loads take the later of the
 * two, so a node recovers from its own disk fast and from the shared copy after failover.
 */
import type { EntityId } from '../entity-id.js';
import type { SnapshotStore, StoredSnapshot } from './journal.js';
import { laterSnapshot } from './snapshot-codec.js';

export class TieredSnapshotStore implements SnapshotStore {
  readonly #local: SnapshotStore;
  readonly #shared: SnapshotStore;

  constructor(local: SnapshotStore, shared: SnapshotStore) {
    this.#local = local;
    this.#shared = shared;
  }

  async load(entity: EntityId): Promise<StoredSnapshot | undefined> {
    const [local, shared] = await Promise.all([this.#local.load(entity), this.#shared.load(entity)]);
    return laterSnapshot(local, shared);
  }

  async save(entity: EntityId, snapshot: StoredSnapshot): Promise<void> {
    await Promise.all([this.#local.save(entity, snapshot), this.#shared.save(entity, snapshot)]);
  }

  async scrub(entity: EntityId): Promise<void> {
    await Promise.all([this.#local.scrub(entity), this.#shared.scrub(entity)]);
  }

  async remove(entity: EntityId): Promise<void> {
    await Promise.all([this.#local.remove(entity), this.#shared.remove(entity)]);
  }

  async close(): Promise<void> {
    await Promise.all([this.#local.close(), this.#shared.close()]);
  }
}
