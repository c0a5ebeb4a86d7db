/**
 * The outbox: what an entity's committed change must tell the rest of the system (its org's
 * audit trail, ...) travels sealed in the same journal record as the change's events, so the
 * change and its message commit together. The host then hands the message to the node's
 * `deliver` before it replies, and keeps it pending if that fails; a pending message is delivered
 * before the entity commits its next one, so each entity's messages arrive in order, at least
 * once; receivers drop repeats by (entity, seq). A note in the ledger, made alongside the append
 * and cleared once the entity is idle with nothing pending, lets the relay find entities whose
 * node stopped in between. A busy entity's note stands across its changes (written again every few
 * seconds), so it costs a write per few seconds, not a write and a clear per change.
 */
import type { EntityId } from '../entity-id.js';
import type { OutboxMessage } from '../entity-kind.js';
import type { OutboxLedger } from '../persistence/outbox-ledger.js';

/** One message to deliver: from `entity`'s record `seq`. */
export interface OutboxDelivery {
  readonly entity: EntityId;
  readonly seq: number;
  readonly message: OutboxMessage;
  /** Absolute deadline, ms since the epoch. */
  readonly deadline: number;
}

/**
 * Delivers a message; must be idempotent by (entity, seq), as a message may come again.
 * @throws anything when the message was not delivered (it stays pending)
 */
export type DeliverOutbox = (delivery: OutboxDelivery) => Promise<void>;

export interface OutboxOptions {
  readonly ledger: OutboxLedger;
  readonly deliver: DeliverOutbox;
  /**
   * How long an entity's note stands after the entity went idle with its messages delivered, so
   * an entity changed every second or two keeps one note instead of writing and clearing one
   * each time.
   * @default 3000
   */
  readonly noteLingerMs?: number;
  /**
   * A standing note is written again (with a fresh time) by a change this long after it was made,
   * so that the relay, which asks only about notes older than its grace (10 s by default), leaves
   * a busy entity alone. Keep it well under the relay's grace.
   * @default 4000
   */
  readonly noteRefreshMs?: number;
}

/**
 * Fault injection for crash tests: with `REDOUBT_FAULT_KILL_AFTER_OUTBOX_COMMITS=n` in its
 * environment, a process kills itself (SIGKILL) right after the n-th record carrying an outbox
 * message is durable, before the message is delivered, as a power cut there would. Unset in every
 * real deployment.
 */
const KILL_AFTER_COMMITS = Number(process.env['REDOUBT_FAULT_KILL_AFTER_OUTBOX_COMMITS'] ?? 0);
let outboxCommits = 0;

/** Called by the host once a record with an outbox message is durable. */
export function outboxCommitted(): void {
  if (KILL_AFTER_COMMITS > 0 && ++outboxCommits === KILL_AFTER_COMMITS) process.kill(process.pid, 'SIGKILL');
}
