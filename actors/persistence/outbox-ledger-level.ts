/** The embedded default's outbox notes: keys `o:<entity>` in the node's classic-level store. */
import type { ClassicLevel } from 'classic-level';
import type { EntityId } from '../entity-id.js';
import { parseEntityId } from '../entity-id.js';
import { JournalUnavailableError } from '../errors.js';
import type { OutboxLedger, OutboxNote } from './outbox-ledger.js';
import { clearedBy, encodeNote, readNote } from './outbox-ledger.js';

type Db = ClassicLevel<string, Uint8Array>;

const PREFIX = 'o:';
const PREFIX_END = 'o;';

export class LevelOutboxLedger implements OutboxLedger {
  readonly #db: Db;

  /** @param db an open classic-level store with string keys and `valueEncoding: 'view'`; the caller closes it */
  constructor(db: Db) {
    this.#db = db;
  }

  async note(entity: EntityId, seq: number, at: number): Promise<void> {
    try {
      await this.#db.put(`${PREFIX}${entity}`, encodeNote(seq, at), { sync: true });
    } catch (error) {
      throw new JournalUnavailableError('noting an outbox message failed', { cause: error });
    }
  }

  async clear(entity: EntityId, seq: number): Promise<void> {
    // The entity's actor is the only writer of its note: no race between the read and the delete.
    const value = await this.#db.get(`${PREFIX}${entity}`);
    if (value !== undefined && clearedBy(value, seq)) await this.#db.del(`${PREFIX}${entity}`);
  }

  async *notes(): AsyncIterable<OutboxNote> {
    for await (const [key, value] of this.#db.iterator({ gt: PREFIX, lt: PREFIX_END })) {
      const note = readNote(() => parseEntityId(key.slice(PREFIX.length), 'an outbox key'), value);
      if (note !== undefined) yield note;
    }
  }
}
