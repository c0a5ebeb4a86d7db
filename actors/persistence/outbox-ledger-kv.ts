/** A region's outbox notes in a JetStream KV bucket, so whichever node owns an entity next sees them. */
import type { KV } from '@nats-io/kv';
import type { EntityId } from '../entity-id.js';
import { entityFromToken, entityToken } from '../entity-id.js';
import { JournalUnavailableError } from '../errors.js';
import type { OutboxLedger, OutboxNote } from './outbox-ledger.js';
import { clearedBy, encodeNote, readNote } from './outbox-ledger.js';

export class KvOutboxLedger implements OutboxLedger {
  readonly #kv: KV;

  constructor(kv: KV) {
    this.#kv = kv;
  }

  async note(entity: EntityId, seq: number, at: number): Promise<void> {
    try {
      await this.#kv.put(entityToken(entity), encodeNote(seq, at));
    } catch (error) {
      throw new JournalUnavailableError('noting an outbox message failed', { cause: error });
    }
  }

  async clear(entity: EntityId, seq: number): Promise<void> {
    const key = entityToken(entity);
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
      const note = readNote(() => entityFromToken(key), entry.value);
      if (note !== undefined) yield note;
    }
  }
}
