/** Snapshots in the node's local classic-level store, keyed by blinded names. */
import type { ClassicLevel } from 'classic-level';
import type { KeyScope } from '../crypto/keyring.js';
import type { EntityId } from '../entity-id.js';
import type { SnapshotStore, StoredSnapshot } from './journal.js';
import { decodeSnapshot, encodeSnapshot } from './snapshot-codec.js';
import type { EntityNames } from './stored-names.js';

type Db = ClassicLevel<string, Uint8Array>;

/** Snapshot keys are `s:<stored name>`; other data in the store uses other prefixes. */
const PREFIX = 's:';

export class LevelSnapshotStore implements SnapshotStore {
  readonly #db: Db;
  readonly #names: EntityNames;

  /** @param db an open classic-level store; the caller closes it */
  constructor(db: Db, names: EntityNames) {
    this.#db = db;
    this.#names = names;
  }

  async load(entity: EntityId): Promise<StoredSnapshot | undefined> {
    const name = await this.#names.forRead(entity);
    if (name === undefined) return undefined;
    const bytes = await this.#db.get(PREFIX + name);
    return bytes === undefined ? undefined : decodeSnapshot(bytes);
  }

  async save(entity: EntityId, snapshot: StoredSnapshot): Promise<void> {
    await this.#db.put(PREFIX + (await this.#names.forWrite(entity)), encodeSnapshot(snapshot));
  }

  async scrub(entity: EntityId): Promise<void> {
    const name = await this.#names.forRead(entity);
    // An overwritten value lingers in LevelDB's log and tables until compacted away.
    if (name !== undefined) await this.#db.compactRange(PREFIX + name, `${PREFIX}${name}\0`);
  }

  async remove(entity: EntityId): Promise<void> {
    const name = await this.#names.forRead(entity);
    if (name === undefined) return;
    await this.#db.del(PREFIX + name);
    await this.#db.compactRange(PREFIX + name, `${PREFIX}${name}\0`);
  }

  /** Every entity of the scope's org with a snapshot here. */
  async *entities(scope: KeyScope): AsyncIterable<EntityId> {
    const group = await this.#names.group(scope);
    if (group === undefined) return;
    for await (const key of this.#db.keys({ gt: `${PREFIX}${group}.`, lt: `${PREFIX}${group}/` })) {
      const entity = await this.#names.entityOf(key.slice(PREFIX.length));
      if (entity !== undefined) yield entity;
    }
  }

  async close(): Promise<void> {
    // The store is owned by whoever opened it.
  }
}
