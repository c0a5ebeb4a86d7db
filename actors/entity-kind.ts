/**
 * How an entity kind is defined: a command parser (every command from outside is validated), a
 * pure decision function that turns a command into events and a reply, and a fold of events into
 * state. The runtime persists the events (sealed, fenced) before the reply leaves the entity.
 */
import { assertKind } from './entity-id.js';
import type { EntityId } from './entity-id.js';
import { PLATFORM_SCOPE } from './crypto/keyring.js';
import type { KeyScope } from './crypto/keyring.js';

/**
 * Which path a command came by: `api`, a gateway acting for a client's call (authenticated or on
 * a public method); `system`, a node's own work (key rotation, projections); `operator`, the
 * operator's admin socket on a node (e.g. making a platform superadmin). Kinds declare which
 * origins may send each command; the guard of the receiving node checks that the sender vouched
 * for the whole caller, origin included.
 */
export const CallerOrigin = { api: 'api', system: 'system', operator: 'operator' } as const;
export type CallerOrigin = (typeof CallerOrigin)[keyof typeof CallerOrigin];

/** Every origin: a command any path may send. */
export const ANY_ORIGIN: readonly CallerOrigin[] = Object.freeze(['api', 'system', 'operator']);
/** A command only a node's own work sends. */
export const SYSTEM_ONLY: readonly CallerOrigin[] = Object.freeze(['system']);
/** A command only the operator's admin path sends. */
export const OPERATOR_ONLY: readonly CallerOrigin[] = Object.freeze(['operator']);

/** Who sent a command, as the gateway or an internal caller vouches for it. */
export interface Caller {
  readonly origin: CallerOrigin;
  /** The account id of the caller; '' for the system or the operator, or an anonymous call. */
  readonly accountId: string;
  readonly sessionId: string;
  /** Whether the caller's token names a platform superadmin. */
  readonly superadmin: boolean;
  readonly orgId: string;
  readonly issueId: string;
  /** How strongly the caller's session signed in: 0 (none, or not an API call), 1 or 2. */
  readonly assuranceLevel?: number;
  /** A phishing-resistant factor (WebAuthn) is among the session's factors. */
  readonly phishingResistant?: boolean;
  /** When the session's newest factor was proven, ms since the epoch; 0 when none. */
  readonly factorAt?: number;
}

/** The system itself as a caller. */
export const SYSTEM_CALLER: Caller = Object.freeze({
  origin: 'system',
  accountId: '',
  sessionId: '',
  superadmin: false,
  orgId: '',
  issueId: '',
});

/** The operator's admin path as a caller. */
export const OPERATOR_CALLER: Caller = Object.freeze({ ...SYSTEM_CALLER, origin: 'operator' });

/** Whether `value` names an origin. */
export function isCallerOrigin(value: string): value is CallerOrigin {
  return Object.hasOwn(CallerOrigin, value);
}

/** What a command handler sees besides state and command. */
export interface EntityContext {
  readonly entity: EntityId;
  /** The id within the kind, e.g. `acme` for `org/acme`. */
  readonly id: string;
  readonly caller: Caller;
  /** Milliseconds since the Unix epoch when the command is handled; use it instead of Date.now(). */
  readonly now: number;
  /** The sequence number the first new event will get (1 for a new entity). */
  readonly nextSeq: number;
  /** Fresh bytes from the CSPRNG (for new keys and nonces); the events record what was drawn. */
  random(length: number): Uint8Array;
}

/** The outcome of a command: events to persist (none for a read) and the reply. */
export interface Decision<E, R> {
  readonly events: readonly E[];
  readonly reply: R;
}

/**
 * A committed change as a kind's `outbox` sees it: the state before and after the command's
 * events, the command and its context (caller, entity, the first event's seq).
 */
export interface CommittedChange<S, C> {
  readonly before: S;
  readonly after: S;
  readonly command: C;
  readonly context: EntityContext;
}

/** What a committed record tells another part of the system (an audit record, ...): JSON with a `type`. */
export interface OutboxMessage {
  readonly type: string;
}

/** A command travels as JSON with a `type` that names it. */
export interface CommandShape {
  readonly type: string;
}

/** The definition of an entity kind. */
export interface EntityDefinition<S, C extends CommandShape, E, R> {
  /** The kind name, e.g. `org`; lower-case letters, digits and '-'. */
  readonly kind: string;
  /**
   * Every command of the kind and the origins that may send it ({@link ANY_ORIGIN},
   * {@link SYSTEM_ONLY}, {@link OPERATOR_ONLY} or a list). The runtime refuses a command that is
   * not named here, or that comes by another path, before the kind sees it.
   */
  readonly commands: { readonly [T in C['type']]: readonly CallerOrigin[] };
  /**
   * Validates a command received from outside and returns it typed.
   * @throws InvalidCommandError (`INVALID_COMMAND`) naming the field at fault
   */
  parseCommand(payload: unknown): C;
  /** The state of an entity that has no events yet. */
  initialState(id: string): S;
  /**
   * Which data key seals this entity's events and snapshots: its org's (the org id), a module's
   * within an org (`org/module`), or the platform's ({@link PLATFORM_SCOPE}, `''`).
   * @default every entity of the kind in the platform scope
   */
  keyScope?(id: string): KeyScope;
  /**
   * Which region the entity lives in (see {@link EntityHome}). Only the entity's home region ever
   * activates it or stores its data; a gateway elsewhere routes to it.
   * @default its org's region when {@link keyScope} names an org, else the platform's region
   */
  home?(id: string): EntityHome;
  /**
   * Decides what a command does. Free of I/O; time and randomness come from the context.
   * @throws CommandRejectedError (`COMMAND_REJECTED`) to refuse a valid command
   */
  decide(state: S, command: C, context: EntityContext): Decision<E, R>;
  /** Folds one persisted event into the state. Must be deterministic. */
  evolve(state: S, event: E): S;
  /**
   * Save a snapshot after this many events since the last one.
   * @default 100
   */
  readonly snapshotEvery?: number;
  /**
   * Event types after which the runtime snapshots the entity and erases its earlier journal and
   * snapshots, so that what they held leaves the disks (a destroyed key, erased personal data).
   * @default none
   */
  readonly compactAfter?: readonly string[];
  /**
   * Stop an idle entity after this many milliseconds; it is reactivated on demand.
   * @default 120000
   */
  readonly passivateAfterMs?: number;
  /**
   * What a committed change must tell the rest of the system, if anything (an audit record of
   * it, say). The message is sealed in the same journal record as the events, so no committed
   * change goes without it, and the runtime delivers it at least once, in the entity's order,
   * before the entity commits its next message (see `actors/runtime/outbox.ts`). Pure.
   * @default nothing to tell
   */
  outbox?(change: CommittedChange<S, C>): OutboxMessage | undefined;
}

declare const types: unique symbol;

/**
 * A registered kind. The phantom `[types]` member carries command and reply types at compile time
 * only, so typed refs check both.
 */
export interface EntityKind<S, C extends CommandShape, E, R> extends EntityDefinition<S, C, E, R> {
  readonly [types]?: { readonly command: C; readonly reply: R };
}

/** The key scope an entity's data is sealed under: what its kind names for its id, else the platform's. */
export function keyScopeOf(kind: AnyEntityKind, id: string): KeyScope {
  return kind.keyScope === undefined ? PLATFORM_SCOPE : kind.keyScope(id);
}

/**
 * Where an entity lives: in its org's home region, in its account's home region (both kept by the
 * registry's directory), in a region its id names, or in the platform's region (data of no org
 * and no account, such as the email index).
 */
export type EntityHome =
  { readonly org: string } | { readonly account: string } | { readonly region: string } | { readonly platform: true };

/** The home of entities that belong to no org and no account. */
export const PLATFORM_HOME: EntityHome = { platform: true };

/** Where an entity lives: what its kind names for its id, else its key scope's org, else the platform's region. */
export function homeOf(kind: AnyEntityKind, id: string): EntityHome {
  if (kind.home !== undefined) return kind.home(id);
  const scope = keyScopeOf(kind, id);
  if (scope === PLATFORM_SCOPE) return PLATFORM_HOME;
  const slash = scope.indexOf('/');
  return { org: slash < 0 ? scope : scope.slice(0, slash) };
}

/** Any kind, as the runtime holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the host is generic over every kind
export type AnyEntityKind = EntityKind<any, CommandShape, any, any>;

/** The command type of a kind. */
export type CommandOf<K> = K extends EntityKind<unknown, infer C, unknown, unknown> ? C : never;
/** The reply type of a kind, for one command type. */
export type ReplyOf<K> = K extends EntityKind<unknown, CommandShape, unknown, infer R> ? R : never;

/** Checks a definition and returns it as a kind to register with the runtime. */
export function defineEntity<S, C extends CommandShape, E, R>(
  definition: EntityDefinition<S, C, E, R>,
): EntityKind<S, C, E, R> {
  assertKind(definition.kind);
  for (const [command, origins] of Object.entries<readonly string[]>(definition.commands)) {
    if (!Array.isArray(origins) || origins.length === 0 || !origins.every(isCallerOrigin)) {
      throw new TypeError(`${definition.kind}.${command}: commands must map to a non-empty list of caller origins`);
    }
  }
  for (const [name, value] of [
    ['snapshotEvery', definition.snapshotEvery],
    ['passivateAfterMs', definition.passivateAfterMs],
  ] as const) {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 1)) {
      throw new TypeError(`${definition.kind}: ${name} must be a positive integer`);
    }
  }
  return Object.freeze({ ...definition });
}
