/** What an account's factors accept, and how they decide. */
import { timingSafeEqual } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { CommandRejectedError, fieldsOf, stringField, unknownCommand } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import type { FactorsCommand, FactorsEvent, FactorsReply, FactorsState } from './protocol.js';
import { PEPPER_HEX } from './peppered-hash.js';
import { newRecoveryCodes } from './recovery-codes.js';
import { lockedReply, recoveryCodesLeft } from './state.js';
import { decideSms, E164, maskedPhone } from './sms.js';
import { requireRecentSecondFactor } from './step-up.js';

/** RFC 6238's defaults, which every authenticator app reads: SHA-1, 6 digits, 30 s. */
const PERIOD_S = 30;
/** Codes of the step before and after are accepted too (clock drift). */
const WINDOW = 1;
const SECRET_BYTES = 20;
const ISSUER = 'Redoubt';

export function parseFactorsCommand(payload: unknown): FactorsCommand {
  const fields = fieldsOf(payload);
  const code = () => stringField(fields, 'code', { min: 6, max: 6, pattern: /^[0-9]{6}$/ });
  const pepper = () => stringField(fields, 'pepper', { min: 64, max: 64, pattern: PEPPER_HEX });
  const codeHash = () => stringField(fields, 'codeHash', { min: 64, max: 64, pattern: /^[0-9a-f]{64}$/ });
  switch (fields['type']) {
    case 'startTotp':
      return { type: 'startTotp', label: stringField(fields, 'label', { min: 1, max: 254 }) };
    case 'confirmTotp':
      return { type: 'confirmTotp', code: code(), pepper: pepper() };
    case 'verifyTotp':
      return { type: 'verifyTotp', code: code() };
    case 'useRecoveryCode':
      return { type: 'useRecoveryCode', codeHash: codeHash() };
    case 'regenerateRecoveryCodes':
      return { type: 'regenerateRecoveryCodes', pepper: pepper() };
    case 'removeTotp':
      return { type: 'removeTotp' };
    case 'setPhone':
      return {
        type: 'setPhone',
        number: stringField(fields, 'number', { min: 8, max: 16, pattern: E164 }),
        pepper: pepper(),
      };
    case 'confirmPhone':
    case 'verifySms':
      return { type: fields['type'], codeHash: codeHash() };
    case 'sendSmsCode':
      return { type: 'sendSmsCode', pepper: pepper() };
    case 'removePhone':
      return { type: 'removePhone' };
    case 'list':
      return { type: 'list' };
    default:
      throw unknownCommand('factors', fields);
  }
}

export function decideFactors(
  state: FactorsState,
  command: FactorsCommand,
  context: EntityContext,
): Decision<FactorsEvent, FactorsReply> {
  const at = context.now;
  switch (command.type) {
    case 'startTotp': {
      if (state.totp !== undefined) {
        throw new CommandRejectedError(
          'TOTP_ENROLLED',
          'an authenticator is enrolled already: remove it first (RemoveTotp), then enrol the new one',
        );
      }
      const secret = new OTPAuth.Secret({ buffer: new Uint8Array(context.random(SECRET_BYTES)).buffer }).base32;
      return {
        events: [{ type: 'totpStarted', secret, at }],
        reply: { secret, uri: totpOf(secret, command.label).toString() },
      };
    }
    case 'confirmTotp': {
      if (state.pending === undefined) {
        throw new CommandRejectedError('NO_ENROLMENT', 'no authenticator is being enrolled: start with StartTotp');
      }
      const locked = lockedReply(state.totpFailures, at);
      if (locked !== undefined) return { events: [], reply: locked };
      const step = acceptedStep(state.pending.secret, command.code, at);
      if (step === undefined) {
        return { events: [{ type: 'totpFailed', at }], reply: { ok: false, reason: 'CODE_INVALID' } };
      }
      const { codes, hashes } = newRecoveryCodes(context.random, command.pepper);
      return {
        events: [
          { type: 'totpConfirmed', step, at },
          { type: 'recoveryCodesMade', hashes, at },
        ],
        reply: { ok: true, recoveryCodes: codes },
      };
    }
    case 'verifyTotp': {
      const totp = requireTotp(state);
      const locked = lockedReply(state.totpFailures, at);
      if (locked !== undefined) return { events: [], reply: locked };
      const step = acceptedStep(totp.secret, command.code, at);
      if (step === undefined || step <= totp.lastStep) {
        // A code seen before is a replay, or a look over the shoulder: it counts as a failure.
        const reason = step === undefined ? 'CODE_INVALID' : 'CODE_REUSED';
        return { events: [{ type: 'totpFailed', at }], reply: { ok: false, reason } };
      }
      return { events: [{ type: 'totpUsed', step, at }], reply: { ok: true } };
    }
    case 'useRecoveryCode': {
      if (recoveryCodesLeft(state) === 0) {
        throw new CommandRejectedError('NO_RECOVERY_CODES', 'the account has no recovery codes left');
      }
      const locked = lockedReply(state.recoveryFailures, at);
      if (locked !== undefined) return { events: [], reply: locked };
      const presented = Buffer.from(command.codeHash, 'hex');
      // Every slot compared, in constant time each: which one matched does not show in the timing.
      let index = -1;
      state.recovery.forEach((hash, i) => {
        if (hash !== null && timingSafeEqual(Buffer.from(hash, 'hex'), presented)) index = i;
      });
      if (index < 0) {
        return { events: [{ type: 'recoveryFailed', at }], reply: { ok: false, reason: 'CODE_INVALID' } };
      }
      return { events: [{ type: 'recoveryCodeUsed', index, at }], reply: { ok: true } };
    }
    case 'regenerateRecoveryCodes': {
      requireRecentSecondFactor(context, 'drawing new recovery codes');
      requireTotp(state);
      const { codes, hashes } = newRecoveryCodes(context.random, command.pepper);
      return { events: [{ type: 'recoveryCodesMade', hashes, at }], reply: { ok: true, recoveryCodes: codes } };
    }
    case 'removeTotp':
      requireRecentSecondFactor(context, 'removing the authenticator');
      if (state.totp === undefined && state.pending === undefined) return { events: [], reply: { ok: true } };
      return { events: [{ type: 'totpRemoved', at }], reply: { ok: true } };
    case 'setPhone':
    case 'confirmPhone':
    case 'sendSmsCode':
    case 'verifySms':
    case 'removePhone':
      return decideSms(state, command, context);
    case 'list':
      return {
        events: [],
        reply: {
          totp: state.totp !== undefined,
          enrolledAt: state.totp?.enrolledAt ?? 0,
          recoveryCodesLeft: recoveryCodesLeft(state),
          phone: state.phone === undefined ? '' : maskedPhone(state.phone.number),
        },
      };
  }
}

function totpOf(secret: string, label: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
    secret: OTPAuth.Secret.fromBase32(secret),
  });
}

/** The time step a code is valid for at `now`, within the window; undefined when it is not valid. */
function acceptedStep(secret: string, code: string, now: number): number | undefined {
  const delta = totpOf(secret, 'x').validate({ token: code, timestamp: now, window: WINDOW });
  return delta === null ? undefined : Math.floor(now / 1000 / PERIOD_S) + delta;
}

function requireTotp(state: FactorsState): NonNullable<FactorsState['totp']> {
  if (state.totp === undefined) {
    throw new CommandRejectedError('NO_TOTP', 'the account has no authenticator: enrol one with StartTotp');
  }
  return state.totp;
}
