/**
 * Finds outbox messages whose entity's node stopped between commit and delivery: every few
 * seconds it reads the ledger's notes and asks each entity whose note is older than a grace
 * period, or than the relay itself, to deliver what it holds (`~flush-outbox`), wherever the entity lives now. The entity
 * clears its note once delivered. Younger notes are their entity's own to deliver.
 */
import type { Logger } from 'pino';
import type { EntityId } from '../entity-id.js';
import { splitEntityId } from '../entity-id.js';
import type { AnyEntityKind, CommandOf } from '../entity-kind.js';
import type { OutboxLedger } from '../persistence/outbox-ledger.js';
import type { EntityClient } from './entity-client.js';
import { FLUSH_OUTBOX_COMMAND } from './system-commands.js';

export interface OutboxRelayOptions {
  readonly ledger: OutboxLedger;
  readonly client: EntityClient;
  /** The kinds of the region, by name (a note of another kind is left alone). */
  readonly kinds: ReadonlyMap<string, AnyEntityKind>;
  readonly log: Logger;
  /**
   * Notes younger than this are left to their entity.
   * @default 10000
   */
  readonly graceMs?: number;
  /**
   * Time between two sweeps.
   * @default 5000
   */
  readonly everyMs?: number;
  /**
   * Whether this node sees to an entity's note (in a cluster: one of its own shards, so each note
   * has one relay).
   * @default every note
   */
  readonly owns?: (entity: EntityId) => boolean;
}

const FLUSH_TIMEOUT_MS = 10_000;

export class OutboxRelay {
  readonly #options: OutboxRelayOptions;
  #timer: NodeJS.Timeout | undefined;
  #sweeping: Promise<number> | undefined;
  #closed = false;
  readonly #startedAt = Date.now();

  constructor(options: OutboxRelayOptions) {
    this.#options = options;
  }

  /** Sweeps now, then every `everyMs`, until closed. */
  start(): void {
    const every = this.#options.everyMs ?? 5000;
    const tick = (): void => {
      void this.sweep().finally(() => {
        if (!this.#closed) (this.#timer = setTimeout(tick, every)).unref();
      });
    };
    tick();
  }

  /**
   * Asks every entity with an old note to deliver its message; one sweep at a time.
   * @returns how many messages were delivered
   */
  sweep(): Promise<number> {
    this.#sweeping ??= this.#sweep().finally(() => (this.#sweeping = undefined));
    return this.#sweeping;
  }

  async #sweep(): Promise<number> {
    const { ledger, client, kinds, log, owns } = this.#options;
    // A note from before this relay started was left by a node that stopped (this one, maybe).
    const oldest = Math.max(this.#startedAt, Date.now() - (this.#options.graceMs ?? 10_000));
    let delivered = 0;
    try {
      for await (const note of ledger.notes()) {
        if (this.#closed) break;
        if (note.at > oldest || (owns !== undefined && !owns(note.entity))) continue;
        const { kind: name, id } = splitEntityId(note.entity);
        const kind = kinds.get(name);
        if (kind === undefined) continue;
        try {
          const reply = (await client.ask(kind, id, { type: FLUSH_OUTBOX_COMMAND } as CommandOf<typeof kind>, {
            timeoutMs: FLUSH_TIMEOUT_MS,
          })) as { delivered: boolean };
          if (reply.delivered) {
            delivered++;
            log.info(
              { entity: note.entity, seq: note.seq },
              'delivered an outbox message left behind by a stopped node',
            );
          }
        } catch (error) {
          log.warn({ err: error, entity: note.entity }, 'outbox message still not delivered; trying again later');
        }
      }
    } catch (error) {
      log.warn({ err: error }, 'reading the outbox notes failed; trying again later');
    }
    return delivered;
  }

  /** Stops sweeping; a sweep under way ends after its current entity. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#sweeping;
  }
}
