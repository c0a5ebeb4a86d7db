/**
 * A security check's probe: `dns-probe/<id>`, platform data. Issued to whoever starts a check, for
 * a few minutes; the resolver records how the probe's name reached it (the first time only): over
 * which transport, from a device of which org, and whether a recursive resolver of someone else
 * asked for the client (no RD bit: resolvers ask authoritative servers without it).
 */
import {
  ANY_ORIGIN,
  defineEntity,
  fieldsOf,
  InvalidCommandError,
  NotFoundError,
  oneOf,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision } from '../../actors/index.js';

export const PROBE_ID = /^[0-9a-f]{20}$/;
const TRANSPORTS = ['udp', 'tcp', 'dot', 'doh'] as const;

export interface ProbeSeen {
  readonly transport: (typeof TRANSPORTS)[number];
  /** Asked by a recursive resolver on the client's behalf, not by the client itself. */
  readonly viaResolver: boolean;
  /** The org and device the query was known to come from, if any. */
  readonly orgId: string;
  readonly deviceId: string;
  readonly at: number;
}

type ProbeCommand =
  | { readonly type: 'issue'; readonly expiresAt: number }
  | ({ readonly type: 'observe' } & Omit<ProbeSeen, 'at'>)
  | { readonly type: 'get' };

type ProbeEvent = { readonly type: 'issued'; readonly expiresAt: number } | ({ readonly type: 'observed' } & ProbeSeen);

interface ProbeState {
  readonly expiresAt: number;
  readonly seen: ProbeSeen | undefined;
}

function parse(payload: unknown): ProbeCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'issue': {
      const expiresAt = fields['expiresAt'];
      if (!Number.isSafeInteger(expiresAt))
        throw new InvalidCommandError('expiresAt must be a time', { field: 'expiresAt' });
      return { type: 'issue', expiresAt: expiresAt as number };
    }
    case 'observe': {
      const text = (name: string, pattern: RegExp) => {
        const value = fields[name];
        if (typeof value !== 'string' || !pattern.test(value))
          throw new InvalidCommandError(`${name} is malformed`, { field: name });
        return value;
      };
      return {
        type: 'observe',
        transport: oneOf(fields, 'transport', TRANSPORTS),
        viaResolver: fields['viaResolver'] === true,
        orgId: text('orgId', /^([a-z0-9][a-z0-9-]{0,62})?$/),
        deviceId: text('deviceId', /^[a-z0-9]{0,32}$/),
      };
    }
    case 'get':
      return { type: 'get' };
    default:
      throw unknownCommand('dns-probe', fields);
  }
}

function decide(state: ProbeState, command: ProbeCommand, context: { now: number }): Decision<ProbeEvent, object> {
  const live = state.expiresAt > context.now;
  switch (command.type) {
    case 'issue':
      return {
        events: state.expiresAt === 0 ? [{ type: 'issued', expiresAt: command.expiresAt }] : [],
        reply: { ok: true },
      };
    case 'observe': {
      // Only a probe that was issued, while it lives, and only the first time it is seen.
      if (!live) throw new NotFoundError('no such probe', { what: 'dns-probe' });
      const { type: _type, ...seen } = command;
      return {
        events: state.seen === undefined ? [{ type: 'observed', ...seen, at: context.now }] : [],
        reply: { ok: true },
      };
    }
    case 'get':
      if (state.expiresAt === 0) throw new NotFoundError('no such probe', { what: 'dns-probe' });
      return {
        events: [],
        reply: { expiresAt: state.expiresAt, ...(state.seen === undefined ? {} : { seen: state.seen }) },
      };
  }
}

function evolve(state: ProbeState, event: ProbeEvent): ProbeState {
  if (event.type === 'issued') return { ...state, expiresAt: event.expiresAt };
  const { type: _type, ...seen } = event;
  return { ...state, seen };
}

export const dnsProbe = defineEntity({
  kind: 'dns-probe',
  commands: { issue: ANY_ORIGIN, observe: ANY_ORIGIN, get: ANY_ORIGIN },
  parseCommand: parse,
  initialState: (): ProbeState => ({ expiresAt: 0, seen: undefined }),
  decide,
  evolve,
  passivateAfterMs: 60_000,
});
