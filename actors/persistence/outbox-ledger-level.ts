/** The embedded default's outbox notes: keys `o:<stored name>` in the node's classic-level store. */
import type { ClassicLevel } from 'classic-level';
import type { EntityId } from '../entity-id.js';
import { JournalUnavailableError } from '../errors.js';
import type { OutboxLedger, OutboxNote } from './outbox-ledger.js';
import { clearedBy, encodeNote, readNote } from './outbox-ledger.js';
import { KeyedMutex } from './keyed-mutex.js';
import type { EntityNames } from './stored-names.js';

type Db = ClassicLevel<string, Uint8Array>;

const PREFIX = 'o:';
const PREFIX_END = 'o;';

export class LevelOutboxLedger implements OutboxLedger {
  readonly #db: Db;
  readonly #names: EntityNames;
  /** A clear (read, then delete) and a note of the same entity never interleave. */
  readonly #mutex = new KeyedMutex();

  /** @param db an open classic-level store with string keys and `valueEncoding: 'view'`; the caller closes it */
  constructor(db: Db, names: EntityNames) {
    this.#db = db;
    this.#names = names;
  }

  async note(entity: EntityId, seq: number, at: number): Promise<void> {
    const [name, sealed] = await Promise.all([this.#names.forWrite(entity), this.#names.sealForNote(entity)]);
    try {
      await this.#mutex.run(name, () => this.#db.put(`${PREFIX}${name}`, encodeNote(seq, at, sealed), { sync: true }));
    } catch (error) {
      throw new JournalUnavailableError('noting an outbox message failed', { cause: error });
    }
  }

  async clear(entity: EntityId, seq: number): Promise<void> {
    const name = await this.#names.forRead(entity);
    if (name === undefined) return;
    // A host clears an idle entity's note outside its actor: a note the entity's next change
    // writes meanwhile must not be the one deleted.
    await this.#mutex.run(name, async () => {
      const value = await this.#db.get(`${PREFIX}${name}`);
      if (value !== undefined && clearedBy(value, seq)) await this.#db.del(`${PREFIX}${name}`);
    });
  }

  async *notes(): AsyncIterable<OutboxNote> {
    for await (const [, value] of this.#db.iterator({ gt: PREFIX, lt: PREFIX_END })) {
      const note = await readNote(this.#names, value);
      if (note !== undefined) yield note;
    }
  }
}
