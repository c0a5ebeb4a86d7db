/** What an account's passkeys accept, and how they decide. */
import {
  CommandRejectedError,
  fieldsOf,
  integerField,
  InvalidCommandError,
  oneOf,
  stringField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { requireRecentSecondFactor } from '../factors/step-up.js';
import type {
  NewPasskey,
  PasskeysCommand,
  PasskeysEvent,
  PasskeysReply,
  PasskeysState,
  PasskeySummary,
  StoredPasskey,
} from './protocol.js';
import { MAX_PASSKEYS, REGISTRATION_MS } from './protocol.js';

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const AAGUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const TRANSPORTS = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'] as const;
/** Names shown in lists: printable, no control characters. */
const NAME = /^[^\p{Cc}\p{Cf}]{1,64}$/u;
const MAX_COUNTER = 0xffffffff;

export function parsePasskeysCommand(payload: unknown): PasskeysCommand {
  const fields = fieldsOf(payload);
  // Credential ids are at most 1023 bytes (WebAuthn): 1364 base64url characters.
  const id = (from = fields) => stringField(from, 'id', { min: 16, max: 1364, pattern: BASE64URL });
  const name = () => stringField(fields, 'name', { max: 64, pattern: NAME });
  switch (fields['type']) {
    case 'startRegistration':
    case 'pendingRegistration':
    case 'list':
      return { type: fields['type'] };
    case 'register':
      return {
        type: 'register',
        challenge: stringField(fields, 'challenge', { min: 43, max: 43, pattern: BASE64URL }),
        passkey: parseNewPasskey(fieldsOf(fields['passkey'])),
      };
    case 'authenticate':
      return {
        type: 'authenticate',
        id: id(),
        counter: integerField(fields, 'counter', 0, MAX_COUNTER),
        challengeHash: stringField(fields, 'challengeHash', { min: 64, max: 64, pattern: /^[0-9a-f]{64}$/ }),
        challengeExpiresAt: integerField(fields, 'challengeExpiresAt', 0, Number.MAX_SAFE_INTEGER),
      };
    case 'rename':
      return { type: 'rename', id: id(), name: name() };
    case 'remove':
    case 'credential':
      return { type: fields['type'], id: id() };
    default:
      throw unknownCommand('passkeys', fields);
  }
}

function parseNewPasskey(fields: Record<string, unknown>): NewPasskey {
  const transports = fields['transports'];
  if (!Array.isArray(transports) || transports.length > TRANSPORTS.length) {
    throw new InvalidCommandError(`passkey.transports must be a list of ${TRANSPORTS.join(', ')}`, {
      field: 'passkey.transports',
    });
  }
  return {
    id: stringField(fields, 'id', { min: 16, max: 1364, pattern: BASE64URL }),
    publicKey: stringField(fields, 'publicKey', { min: 16, max: 2048, pattern: BASE64URL }),
    counter: integerField(fields, 'counter', 0, MAX_COUNTER),
    deviceType: oneOf(fields, 'deviceType', ['singleDevice', 'multiDevice']),
    backedUp: fields['backedUp'] === true,
    transports: transports.map((transport: unknown) => {
      if (typeof transport !== 'string' || !(TRANSPORTS as readonly string[]).includes(transport)) {
        throw new InvalidCommandError(`passkey.transports: each must be one of ${TRANSPORTS.join(', ')}`, {
          field: 'passkey.transports',
        });
      }
      return transport;
    }),
    aaguid: stringField(fields, 'aaguid', { min: 36, max: 36, pattern: AAGUID }),
    name: stringField(fields, 'name', { max: 64, pattern: NAME }),
  };
}

export function decidePasskeys(
  state: PasskeysState,
  command: PasskeysCommand,
  context: EntityContext,
): Decision<PasskeysEvent, PasskeysReply> {
  const at = context.now;
  switch (command.type) {
    case 'startRegistration': {
      if (state.passkeys.length >= MAX_PASSKEYS) {
        throw new CommandRejectedError(
          'TOO_MANY_PASSKEYS',
          `an account holds at most ${MAX_PASSKEYS} passkeys: remove one first`,
        );
      }
      const challenge = Buffer.from(context.random(32)).toString('base64url');
      return {
        events: [{ type: 'registrationStarted', challenge, expiresAt: at + REGISTRATION_MS, at }],
        reply: { challenge, exclude: state.passkeys.map(({ id, transports }) => ({ id, transports })) },
      };
    }
    case 'pendingRegistration': {
      const pending = state.registration;
      if (pending === undefined || pending.expiresAt <= at) {
        throw new CommandRejectedError(
          'NO_REGISTRATION',
          'no passkey registration is under way: start again (StartPasskeyRegistration)',
        );
      }
      return { events: [], reply: pending };
    }
    case 'register': {
      const pending = state.registration;
      if (pending === undefined || pending.challenge !== command.challenge || pending.expiresAt <= at) {
        throw new CommandRejectedError(
          'NO_REGISTRATION',
          'the registration challenge is spent or expired: start again',
        );
      }
      if (state.passkeys.some((passkey) => passkey.id === command.passkey.id)) {
        throw new CommandRejectedError('ALREADY_EXISTS', 'that passkey is registered already');
      }
      if (state.passkeys.length >= MAX_PASSKEYS) {
        throw new CommandRejectedError('TOO_MANY_PASSKEYS', `an account holds at most ${MAX_PASSKEYS} passkeys`);
      }
      return {
        events: [{ type: 'registered', passkey: command.passkey, at }],
        reply: { ok: true, passkey: summaryOf({ ...command.passkey, createdAt: at, lastUsedAt: 0, clonesRefused: 0 }) },
      };
    }
    case 'authenticate': {
      const passkey = state.passkeys.find((candidate) => candidate.id === command.id);
      if (passkey === undefined) return { events: [], reply: { ok: false, reason: 'UNKNOWN_PASSKEY' } };
      if (state.spent.some((spent) => spent.hash === command.challengeHash && spent.expiresAt > at)) {
        return { events: [], reply: { ok: false, reason: 'CHALLENGE_REUSED' } };
      }
      // A key that counts must count up; synced passkeys report 0 every time, which is allowed.
      if ((passkey.counter > 0 || command.counter > 0) && command.counter <= passkey.counter) {
        return {
          events: [{ type: 'counterReplayed', id: passkey.id, counter: command.counter, at }],
          reply: { ok: false, reason: 'COUNTER_REPLAYED' },
        };
      }
      const { id, counter, challengeHash, challengeExpiresAt } = command;
      return {
        events: [{ type: 'used', id, counter, challengeHash, challengeExpiresAt, at }],
        reply: { ok: true, passkey: summaryOf(passkey) },
      };
    }
    case 'rename': {
      passkeyOf(state, command.id);
      return { events: [{ type: 'renamed', id: command.id, name: command.name, at }], reply: { ok: true } };
    }
    case 'remove': {
      requireRecentSecondFactor(context, 'removing a passkey');
      passkeyOf(state, command.id);
      return { events: [{ type: 'removed', id: command.id, at }], reply: { ok: true } };
    }
    case 'credential':
      return { events: [], reply: { passkey: passkeyOf(state, command.id) } };
    case 'list':
      return { events: [], reply: { passkeys: state.passkeys.map(summaryOf) } };
  }
}

/** @throws CommandRejectedError (NOT_FOUND reason) when the account has no such passkey */
function passkeyOf(state: PasskeysState, id: string): StoredPasskey {
  const passkey = state.passkeys.find((candidate) => candidate.id === id);
  if (passkey === undefined) throw new CommandRejectedError('UNKNOWN_PASSKEY', 'the account has no such passkey');
  return passkey;
}

function summaryOf({ publicKey: _key, counter: _counter, ...summary }: StoredPasskey): PasskeySummary {
  return summary;
}
