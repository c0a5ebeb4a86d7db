/** A region's outbox notes in a JetStream KV bucket, so whichever node owns an entity next sees them. */
import type { KV } from '@nats-io/kv';
import type { EntityId } from '../entity-id.js';
import { JournalUnavailableError } from '../errors.js';
import type { OutboxLedger, OutboxNote } from './outbox-ledger.js';
import { clearedBy, encodeNote, readNote } from './outbox-ledger.js';
import type { EntityNames } from './stored-names.js';

export class KvOutboxLedger implements OutboxLedger {
  readonly #kv: KV;
  readonly #names: EntityNames;

  constructor(kv: KV, names: EntityNames) {
    this.#kv = kv;
    this.#names = names;
  }

  async note(entity: EntityId, seq: number, at: number): Promise<void> {
    const [key, sealed] = await Promise.all([this.#names.forWrite(entity), this.#names.sealForNote(entity)]);
    try {
      await this.#kv.put(key, encodeNote(seq, at, sealed));
    } catch (error) {
      throw new JournalUnavailableError('noting an outbox message failed', { cause: error });
    }
  }

  async clear(entity: EntityId, seq: number): Promise<void> {
    const key = await this.#names.forRead(entity);
    if (key === undefined) return;
    const entry = await this.#kv.get(key);
    if (entry === null || entry.operation !== 'PUT' || !clearedBy(entry.value, seq)) return;
    try {
      // Only the revision read: a newer note by the entity's next owner stays.
      await this.#kv.delete(key, { previousSeq: entry.revision });
    } catch {
      // A newer note came in between; it is cleared when its own message is delivered.
    }
  }

  async *notes(): AsyncIterable<OutboxNote> {
    const keys: string[] = [];
    for await (const key of await this.#kv.keys()) keys.push(key);
    for (const key of keys) {
      const entry = await this.#kv.get(key);
      if (entry === null || entry.operation !== 'PUT') continue;
      const note = await readNote(this.#names, entry.value);
      if (note !== undefined) yield note;
    }
  }
}
