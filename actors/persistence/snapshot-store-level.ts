/** Snapshots in the node's local classic-level store. */
import type { ClassicLevel } from 'classic-level';
import type { EntityId } from '../entity-id.js';
import type { SnapshotStore, StoredSnapshot } from './journal.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';

type Db = ClassicLevel<string, Uint8Array>;

/** Snapshot keys are `s:<entity>`; other data in the store uses other prefixes. */
const PREFIX = 's:';

export class LevelSnapshotStore implements SnapshotStore {
  readonly #db: Db;

  /** @param db an open classic-level store; the caller closes it */
  constructor(db: Db) {
    this.#db = db;
  }

  async load(entity: EntityId): Promise<StoredSnapshot | undefined> {
    const bytes = await this.#db.get(PREFIX + entity);
    return bytes === undefined ? undefined : decodeSnapshot(bytes);
  }

  async save(entity: EntityId, snapshot: StoredSnapshot): Promise<void> {
    await this.#db.put(PREFIX + entity, encodeSnapshot(snapshot));
  }

  async scrub(entity: EntityId): Promise<void> {
    // An overwritten value lingers in LevelDB's log and tables until compacted away.
    await this.#db.compactRange(PREFIX + entity, `${PREFIX}${entity}\0`);
  }

  async remove(entity: EntityId): Promise<void> {
    await this.#db.del(PREFIX + entity);
    await this.scrub(entity);
  }

  /** Every entity with a snapshot here. */
  async *entities(): AsyncIterable<EntityId> {
    for await (const key of this.#db.keys({ gt: PREFIX, lt: `${PREFIX}\uffff` }))
      yield key.slice(PREFIX.length) as EntityId;
  }

  async close(): Promise<void> {
    // The store is owned by whoever opened it.
  }
}
