/**
 * A login session: `session/ses_…`, one per login. It holds the refresh-token family: only the
 * SHA-256 of the current token and of the spent ones. Presenting the current token rotates it;
 * presenting a spent one means it was stolen and replayed (or the client is confused), so the
 * whole session is revoked, as OAuth 2.0 Security BCP's refresh token rotation asks. It also keeps
 * the factors the session used (the newest use of each kind), from which its assurance follows
 * (assurance.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import { ANY_ORIGIN, fieldsOf, integerField, stringField, unknownCommand } from '../../actors/index.js';
import { Format, formatField } from '../../actors/index.js';
import { defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, InvalidCommandError, InvalidEntityIdError, NotFoundError } from '../../actors/index.js';
import { isRegion, PLATFORM_HOME, regionOfSessionId } from '../../actors/index.js';
import type { EntityHome } from '../../actors/index.js';
import { refreshToken, tokenHash } from '../account/tokens.js';
import { isFactorKind, withFactor } from './assurance.js';
import type { FactorKind, UsedFactor } from './assurance.js';
import type { SessionCommand, SessionEvent, SessionReply, SessionState } from './protocol.js';
import { sessionSecurity } from './security.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const SPENT_WINDOW = 64;

/** The session's factors; a session snapshotted before factors were recorded logged in by password. */
function factorsOf(state: SessionState): readonly UsedFactor[] {
  return (state.factors as readonly UsedFactor[] | undefined) ?? [{ kind: 'password', at: state.createdAt }];
}

function factorField(value: unknown): FactorKind {
  if (!isFactorKind(value)) throw new InvalidCommandError('factor is not a factor kind', { field: 'factor' });
  return value;
}

function equalHashes(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

function decide(
  state: SessionState,
  command: SessionCommand,
  context: EntityContext,
): Decision<SessionEvent, SessionReply> {
  const at = context.now;
  if (command.type === 'open') {
    if (state.accountId !== '')
      throw new CommandRejectedError('ALREADY_EXISTS', `session ${context.id} exists already`);
    const { accountId, device, expiresAt, factor } = command;
    const token = refreshToken(context.id, context.random);
    const verified = factor === 'webauthn' ? { userVerified: command.userVerified === true } : {};
    return {
      events: [
        { type: 'opened', accountId, device, refreshHash: tokenHash(token), expiresAt, at, factor, ...verified },
      ],
      reply: { ok: true, accountId, refreshToken: token, factors: [{ kind: factor, at, ...verified }] },
    };
  }
  if (state.accountId === '') throw new NotFoundError(`no session ${context.id}`, { what: 'session', id: context.id });
  switch (command.type) {
    case 'rotate': {
      if (state.revoked !== undefined) return { events: [], reply: { ok: false, reason: 'SESSION_REVOKED' } };
      if (state.expiresAt <= at) return { events: [], reply: { ok: false, reason: 'SESSION_EXPIRED' } };
      if (equalHashes(state.current, command.presentedHash)) {
        const token = refreshToken(context.id, context.random);
        return {
          events: [{ type: 'rotated', refreshHash: tokenHash(token), at }],
          reply: { ok: true, accountId: state.accountId, refreshToken: token, factors: factorsOf(state) },
        };
      }
      if (state.spent.some((hash) => equalHashes(hash, command.presentedHash))) {
        return {
          events: [{ type: 'revoked', reason: 'refresh token reused', at }],
          reply: { ok: false, reason: 'REFRESH_REUSED' },
        };
      }
      return { events: [], reply: { ok: false, reason: 'REFRESH_INVALID' } };
    }
    case 'addFactor': {
      if (state.revoked !== undefined) return { events: [], reply: { ok: false, reason: 'SESSION_REVOKED' } };
      if (state.expiresAt <= at) return { events: [], reply: { ok: false, reason: 'SESSION_EXPIRED' } };
      const used: UsedFactor = {
        kind: command.factor,
        at,
        ...(command.factor === 'webauthn' ? { userVerified: command.userVerified } : {}),
      };
      return {
        events: [{ type: 'factorAdded', factor: command.factor, userVerified: command.userVerified, at }],
        reply: { ok: true, accountId: state.accountId, factors: withFactor(factorsOf(state), used) },
      };
    }
    case 'revoke':
      return state.revoked !== undefined
        ? { events: [], reply: { ok: true, accountId: state.accountId, factors: factorsOf(state) } }
        : {
            events: [{ type: 'revoked', reason: command.reason, at }],
            reply: { ok: true, accountId: state.accountId, factors: factorsOf(state) },
          };
    case 'status': {
      const { accountId, device, createdAt, expiresAt, rotations, revoked } = state;
      const factors = factorsOf(state);
      return { events: [], reply: { accountId, device, createdAt, expiresAt, rotations, revoked, factors } };
    }
  }
}

function evolve(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'opened':
      return {
        ...state,
        accountId: event.accountId,
        device: event.device,
        current: event.refreshHash,
        expiresAt: event.expiresAt,
        createdAt: event.at,
        factors: [
          {
            kind: event.factor ?? 'password',
            at: event.at,
            ...(event.factor === 'webauthn' ? { userVerified: event.userVerified === true } : {}),
          },
        ],
      };
    case 'factorAdded':
      return {
        ...state,
        factors: withFactor(factorsOf(state), {
          kind: event.factor,
          at: event.at,
          ...(event.factor === 'webauthn' ? { userVerified: event.userVerified } : {}),
        }),
      };
    case 'rotated':
      return {
        ...state,
        current: event.refreshHash,
        spent: [...state.spent, state.current].slice(-SPENT_WINDOW),
        rotations: state.rotations + 1,
      };
    case 'revoked':
      return { ...state, revoked: event.reason };
  }
}

export const session = defineEntity({
  kind: 'session',
  commands: {
    open: ANY_ORIGIN,
    addFactor: ANY_ORIGIN,
    rotate: ANY_ORIGIN,
    revoke: ANY_ORIGIN,
    status: ANY_ORIGIN,
  },
  parseCommand(payload: unknown): SessionCommand {
    const fields = fieldsOf(payload);
    const hash = (name: string) => stringField(fields, name, { max: 64, pattern: SHA256_HEX });
    switch (fields['type']) {
      case 'open':
        return {
          type: 'open',
          accountId: formatField(fields, 'accountId', Format.accountId),
          device: stringField(fields, 'device', { min: 0, max: 100, format: Format.name }),
          expiresAt: integerField(fields, 'expiresAt', 0, Number.MAX_SAFE_INTEGER),
          factor: factorField(fields['factor'] ?? 'password'),
          userVerified: fields['userVerified'] === true,
        };
      case 'addFactor':
        return {
          type: 'addFactor',
          factor: factorField(fields['factor']),
          userVerified: fields['userVerified'] === true,
        };
      case 'rotate':
        return { type: 'rotate', presentedHash: hash('presentedHash') };
      case 'revoke':
        return { type: 'revoke', reason: stringField(fields, 'reason', { max: 100 }) };
      case 'status':
        return { type: 'status' };
      default:
        throw unknownCommand('session', fields);
    }
  },
  initialState: (): SessionState => ({
    accountId: '',
    device: '',
    current: '',
    spent: [],
    expiresAt: 0,
    createdAt: 0,
    rotations: 0,
    revoked: undefined,
    factors: [],
  }),
  decide,
  evolve,
  // A session lives with its account, in the region its id names (see SESSION_ID).
  home(id: string): EntityHome {
    const region = regionOfSessionId(id);
    if (region === undefined) return PLATFORM_HOME;
    if (!isRegion(region)) throw new InvalidEntityIdError(`session id names no region: "${id.slice(0, 64)}"`);
    return { region };
  },
  // Logins, step-ups and revocations go to the account's security log.
  outbox: sessionSecurity,
  snapshotEvery: 20,
  // Idle sessions hold little; a refresh every few minutes reactivates them.
  passivateAfterMs: 60_000,
});

export { assuranceOf, FACTOR_CATEGORY, isFactorKind, NO_NEED, shortfall, strictest, withFactor } from './assurance.js';
export type { Assurance, AssuranceNeed, FactorKind, UsedFactor } from './assurance.js';
export type * from './protocol.js';
