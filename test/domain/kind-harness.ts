/**
 * Calls a kind's pure functions as the runtime does, with a fixed context: parse the command
 * from its JSON, decide, fold the events. What a test asserts is what the runtime would persist
 * and reply, without a host, a journal or a clock.
 */
import { entityId } from '../../actors/index.js';
import type { Caller, CommandShape, Decision, EntityContext, EntityKind } from '../../actors/index.js';

/** The fixed time every command is handled at: 2025-01-02T03:04:05Z. */
export const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** An account id of the shape accounts get (`acc_` and 22 characters) that reads as `name`. */
export function accountIdOf(name: string): string {
  return `acc_${name.padEnd(22, '0')}`;
}

/** A signed-in user calling through the gateway. */
export const API_CALLER: Caller = Object.freeze({
  origin: 'api',
  accountId: accountIdOf('caller'),
  sessionId: `ses_${'s'.repeat(22)}`,
  superadmin: false,
  orgId: 'acme',
  issueId: '',
});

/** A fixed context: time {@link NOW}, the given next sequence, and random bytes that are all 7. */
export function contextOf(kind: string, id: string, options: { readonly nextSeq?: number } = {}): EntityContext {
  return {
    entity: entityId(kind, id),
    id,
    caller: API_CALLER,
    now: NOW,
    nextSeq: options.nextSeq ?? 1,
    random: (length) => new Uint8Array(length).fill(7),
  };
}

/** What one command did: its events, its reply, and the state after folding the events. */
export interface Step<S, E, R> extends Decision<E, R> {
  readonly state: S;
}

/** Parses `payload` as the kind's command, decides it on `state` and folds the events it gave. */
export function step<S, C extends CommandShape, E, R>(
  kind: EntityKind<S, C, E, R>,
  state: S,
  payload: unknown,
  context: EntityContext,
): Step<S, E, R> {
  const { events, reply } = kind.decide(state, kind.parseCommand(payload), context);
  return { events, reply, state: fold(kind, state, events) };
}

/** Folds events into a state with the kind's evolve. */
export function fold<S, C extends CommandShape, E, R>(kind: EntityKind<S, C, E, R>, state: S, events: readonly E[]): S {
  return events.reduce((current, event) => kind.evolve(current, event), state);
}

/** The state of entity `id` after the given commands, each taken in turn from its initial state. */
export function given<S, C extends CommandShape, E, R>(
  kind: EntityKind<S, C, E, R>,
  id: string,
  payloads: readonly unknown[],
): S {
  let state = kind.initialState(id);
  let nextSeq = 1;
  for (const payload of payloads) {
    const done = step(kind, state, payload, contextOf(kind.kind, id, { nextSeq }));
    state = done.state;
    nextSeq += done.events.length;
  }
  return state;
}

/** The refusal of a command whose `field` is invalid. */
export function invalid(field: string): { code: string; details: { field: string } } {
  return { code: 'INVALID_COMMAND', details: { field } };
}

/** The refusal of a valid command, for `reason`. */
export function rejected(reason: string): { code: string; details: { reason: string } } {
  return { code: 'COMMAND_REJECTED', details: { reason } };
}

/** The answer that `what` (with `id`, when given) does not exist. */
export function notFound(what: string, id?: string): { code: string; details: Record<string, string> } {
  return { code: 'NOT_FOUND', details: id === undefined ? { what } : { what, id } };
}
