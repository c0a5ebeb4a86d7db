/**
 * Tells: outbox messages that run a command on another entity, as the system. A kind feeds another
 * from its committed changes (a module's own log, index or counter) by returning a tell from its
 * `outbox`, with no receiver written for it: the node delivers it as an ask whose request id is
 * the source record's, so a tell delivered again is answered from the target's memory of its
 * recent requests instead of running twice.
 */
import { createHash } from 'node:crypto';
import type { CommandShape, OutboxMessage } from '../entity-kind.js';
import { InvalidCommandError } from '../errors.js';
import type { EntityId } from '../entity-id.js';

export interface TellMessage extends OutboxMessage {
  readonly type: 'tell';
  /** The target's kind, by name. */
  readonly kind: string;
  readonly id: string;
  readonly command: CommandShape;
}

/** A tell of `command` to `kind/id`, for a kind's `outbox` to return. */
export function tell(kind: string, id: string, command: CommandShape): TellMessage {
  return { type: 'tell', kind, id, command };
}

/**
 * A tell as the journal gave it back.
 * @throws InvalidCommandError when it is not of the form (the target kind checks the command)
 */
export function parseTell(message: OutboxMessage): TellMessage {
  const { kind, id, command } = message as Partial<TellMessage>;
  if (typeof kind !== 'string' || typeof id !== 'string' || typeof command?.type !== 'string') {
    throw new InvalidCommandError('a tell names a kind, an id and a command with a type');
  }
  return { type: 'tell', kind, id, command };
}

/** The request id of the tell from `entity`'s record `seq`: the same at every delivery. */
export function tellRequestId(entity: EntityId, seq: number): string {
  return `tell:${createHash('sha256').update(`${entity}\n${seq}`).digest('base64url').slice(0, 32)}`;
}
