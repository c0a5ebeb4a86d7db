/** Validation and decisions of an account. */
import { timingSafeEqual } from 'node:crypto';
import { fieldsOf, integerField, oneOf, stringField, unknownCommand } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, InvalidCommandError, NotFoundError } from '../../actors/index.js';
import { EMAIL, Format, formatField } from '../../actors/index.js';
import type {
  AccountCommand,
  AccountEvent,
  AccountProfile,
  AccountReply,
  PasswordRecord,
  TokenRecord,
} from './protocol.js';
import { ROLES } from './protocol.js';
import { mailToken, tokenHash } from './tokens.js';
import type { AccountState } from './state.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const MAX_SESSIONS = 200;

/** @throws InvalidCommandError naming the field at fault */
export function parseAccountCommand(payload: unknown): AccountCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'create':
      return {
        type: 'create',
        email: stringField(fields, 'email', { max: 254, pattern: EMAIL }),
        displayName: stringField(fields, 'displayName', { max: 100, format: Format.name }),
        password: passwordOf(fields['password']),
        verificationExpiresAt: integerField(fields, 'verificationExpiresAt', 0, Number.MAX_SAFE_INTEGER),
        ...(fields['directory'] === undefined ? {} : { directory: formatField(fields, 'directory', Format.orgId) }),
      };
    case 'verifyEmail':
      return { type: 'verifyEmail', tokenHash: stringField(fields, 'tokenHash', { max: 64, pattern: SHA256_HEX }) };
    case 'credentials':
    case 'loginFailed':
    case 'profile':
    case 'grantSuperadmin':
    case 'reactivate':
      return { type: fields['type'] };
    case 'deactivate':
      return { type: 'deactivate', reason: stringField(fields, 'reason', { max: 200, format: Format.name }) };
    case 'sessionOpened':
    case 'sessionClosed':
      return { type: fields['type'], sessionId: formatField(fields, 'sessionId', Format.sessionId) };
    case 'changePassword':
      return { type: 'changePassword', password: passwordOf(fields['password']) };
    case 'startReset':
      return { type: 'startReset', expiresAt: integerField(fields, 'expiresAt', 0, Number.MAX_SAFE_INTEGER) };
    case 'resetPassword':
      return {
        type: 'resetPassword',
        tokenHash: stringField(fields, 'tokenHash', { max: 64, pattern: SHA256_HEX }),
        password: passwordOf(fields['password']),
      };
    case 'updateProfile':
      return {
        type: 'updateProfile',
        displayName: stringField(fields, 'displayName', { max: 100, format: Format.name }),
      };
    case 'setMembership':
      return {
        type: 'setMembership',
        orgId: formatField(fields, 'orgId', Format.orgId),
        role: oneOf(fields, 'role', ROLES),
      };
    case 'removeMembership':
      return { type: 'removeMembership', orgId: formatField(fields, 'orgId', Format.orgId) };
    default:
      throw unknownCommand('account', fields);
  }
}

export function decideAccount(
  state: AccountState,
  command: AccountCommand,
  context: EntityContext,
): Decision<AccountEvent, AccountReply> {
  const at = context.now;
  if (command.type === 'create') {
    if (state.created) throw new CommandRejectedError('ALREADY_EXISTS', `account ${context.id} exists already`);
    const { email, displayName, password, directory } = command;
    const token = mailToken(context.random);
    const verification: TokenRecord = { tokenHash: tokenHash(token), expiresAt: command.verificationExpiresAt };
    return {
      events: [
        {
          type: 'created',
          email,
          displayName,
          password,
          verification,
          at,
          ...(directory === undefined ? {} : { directory }),
        },
      ],
      reply: { ok: true, verificationToken: token },
    };
  }
  if (!state.created) throw new NotFoundError(`no account ${context.id}`, { what: 'account', id: context.id });
  const ok = { ok: true } as const;
  switch (command.type) {
    case 'verifyEmail': {
      if (state.emailVerified) return { events: [], reply: ok };
      if (!tokenMatches(state.verification, command.tokenHash, at)) {
        throw new CommandRejectedError('TOKEN_INVALID', 'the verification token is wrong or expired');
      }
      return { events: [{ type: 'emailVerified', at }], reply: ok };
    }
    case 'credentials':
      return {
        events: [],
        reply: {
          password: state.password!,
          emailVerified: state.emailVerified,
          superadmin: state.superadmin,
          lockedUntil: state.lockedUntil > at ? state.lockedUntil : 0,
          ...(state.directory === undefined ? {} : { directory: state.directory }),
          ...(state.deactivated === undefined ? {} : { deactivated: state.deactivated.reason }),
        },
      };
    case 'loginFailed':
      return { events: [{ type: 'loginFailed', at }], reply: ok };
    case 'sessionOpened': {
      if (state.sessions.length >= MAX_SESSIONS) {
        throw new CommandRejectedError(
          'TOO_MANY_SESSIONS',
          `at most ${MAX_SESSIONS} open sessions: log out elsewhere first`,
        );
      }
      return { events: [{ type: 'sessionOpened', sessionId: command.sessionId, at }], reply: ok };
    }
    case 'sessionClosed':
      return state.sessions.includes(command.sessionId)
        ? { events: [{ type: 'sessionClosed', sessionId: command.sessionId, at }], reply: ok }
        : { events: [], reply: ok };
    case 'changePassword':
      return { events: [{ type: 'passwordChanged', password: command.password, at }], reply: ok };
    case 'startReset': {
      const token = mailToken(context.random);
      const reset: TokenRecord = { tokenHash: tokenHash(token), expiresAt: command.expiresAt };
      return { events: [{ type: 'resetStarted', reset, at }], reply: { ok: true, resetToken: token } };
    }
    case 'resetPassword':
      if (!tokenMatches(state.reset, command.tokenHash, at)) {
        throw new CommandRejectedError('TOKEN_INVALID', 'the reset token is wrong, spent or expired');
      }
      return { events: [{ type: 'passwordChanged', password: command.password, at }], reply: ok };
    case 'profile':
      return { events: [], reply: profileOf(state, context.id) };
    case 'updateProfile': {
      const event: AccountEvent = { type: 'profileUpdated', displayName: command.displayName, at };
      return { events: [event], reply: profileOf({ ...state, displayName: command.displayName }, context.id) };
    }
    case 'setMembership':
      return state.memberships[command.orgId] === command.role
        ? { events: [], reply: ok }
        : { events: [{ type: 'membershipSet', orgId: command.orgId, role: command.role, at }], reply: ok };
    case 'removeMembership':
      return state.memberships[command.orgId] === undefined
        ? { events: [], reply: ok }
        : { events: [{ type: 'membershipRemoved', orgId: command.orgId, at }], reply: ok };
    case 'grantSuperadmin':
      return state.superadmin ? { events: [], reply: ok } : { events: [{ type: 'superadminGranted', at }], reply: ok };
    case 'deactivate':
      return state.deactivated !== undefined
        ? { events: [], reply: ok }
        : { events: [{ type: 'deactivated', reason: command.reason, at }], reply: ok };
    case 'reactivate':
      return state.deactivated === undefined
        ? { events: [], reply: ok }
        : { events: [{ type: 'reactivated', at }], reply: ok };
  }
}

export function profileOf(state: AccountState, accountId: string): AccountProfile {
  return {
    accountId,
    email: state.email,
    displayName: state.displayName,
    emailVerified: state.emailVerified,
    superadmin: state.superadmin,
    memberships: state.memberships,
    createdAt: state.createdAt,
    sessions: state.sessions,
  };
}

/** A stored token matches when its hash is equal (compared in constant time) and it has not expired. */
function tokenMatches(stored: TokenRecord | undefined, tokenHash: string, now: number): boolean {
  if (stored === undefined || stored.expiresAt <= now) return false;
  return timingSafeEqual(Buffer.from(stored.tokenHash, 'hex'), Buffer.from(tokenHash, 'hex'));
}

function passwordOf(value: unknown): PasswordRecord {
  const fields = fieldsOf(value);
  if (fields['alg'] !== 'scrypt')
    throw new InvalidCommandError('password.alg must be "scrypt"', { field: 'password.alg' });
  return {
    alg: 'scrypt',
    n: integerField(fields, 'n', 2 ** 10, 2 ** 22),
    r: integerField(fields, 'r', 1, 32),
    p: integerField(fields, 'p', 1, 16),
    salt: stringField(fields, 'salt', { min: 16, max: 64, pattern: BASE64 }),
    hash: stringField(fields, 'hash', { min: 32, max: 128, pattern: BASE64 }),
  };
}
