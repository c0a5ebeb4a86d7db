/**
 * SMS as a restricted factor (NIST SP 800-63B-4): a phone (E.164) proven by a code, allowed only
 * while the account has an unrestricted factor (an authenticator); codes of 6 digits that work once
 * and for 10 minutes; a new code does not reset the failure count; five wrong codes lock SMS for
 * 15 minutes. Never phishing-resistant. Codes are kept as peppered hashes, like recovery codes.
 */
import { timingSafeEqual } from 'node:crypto';
import { CommandRejectedError } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import type { FactorsCommand, FactorsEvent, FactorsReply, FactorsState } from './protocol.js';
import { pepperedHash } from './peppered-hash.js';
import { SMS_CODE_MS } from './protocol.js';
import { lockedReply } from './state.js';
import { requireRecentSecondFactor } from './step-up.js';

/** A phone number as E.164 writes it: `+`, a country code, at most 15 digits in all. */
export const E164 = /^\+[1-9][0-9]{6,14}$/;

type SmsCommand = Extract<
  FactorsCommand,
  { type: 'setPhone' | 'confirmPhone' | 'sendSmsCode' | 'verifySms' | 'removePhone' }
>;

export function decideSms(
  state: FactorsState,
  command: SmsCommand,
  context: EntityContext,
): Decision<FactorsEvent, FactorsReply> {
  const at = context.now;
  switch (command.type) {
    case 'setPhone': {
      requireRecentSecondFactor(context, 'setting the phone');
      if (state.totp === undefined) {
        throw new CommandRejectedError(
          'NO_UNRESTRICTED_FACTOR',
          'SMS is allowed only beside an authenticator app: enrol one first (StartTotp)',
        );
      }
      const code = drawCode(context.random);
      return {
        events: [
          {
            type: 'phonePending',
            number: command.number,
            codeHash: smsCodeHash(command.pepper, code),
            expiresAt: at + SMS_CODE_MS,
            at,
          },
        ],
        reply: { code, phone: command.number },
      };
    }
    case 'confirmPhone': {
      if (state.pendingPhone === undefined) {
        throw new CommandRejectedError('NO_ENROLMENT', 'no phone is being proven: start with SetPhone');
      }
      return prove(state, state.pendingPhone, command.codeHash, at, { type: 'phoneConfirmed', at });
    }
    case 'sendSmsCode': {
      const phone = requirePhone(state);
      const locked = lockedReply(state.smsFailures, at);
      if (locked !== undefined) return { events: [], reply: locked };
      const code = drawCode(context.random);
      return {
        events: [
          { type: 'smsCodeDrawn', codeHash: smsCodeHash(command.pepper, code), expiresAt: at + SMS_CODE_MS, at },
        ],
        reply: { code, phone: phone.number },
      };
    }
    case 'verifySms':
      requirePhone(state);
      return prove(state, state.smsCode, command.codeHash, at, { type: 'smsUsed', at });
    case 'removePhone':
      requireRecentSecondFactor(context, 'removing the phone');
      return state.phone === undefined && state.pendingPhone === undefined
        ? { events: [], reply: { ok: true } }
        : { events: [{ type: 'phoneRemoved', at }], reply: { ok: true } };
  }
}

/** The peppered hash (hex) of an SMS code. */
export function smsCodeHash(pepperHex: string, code: string): string {
  return pepperedHash(pepperHex, `sms\n${code}`);
}

/** Checks a code against the one out (if it is still valid); a wrong or late one counts as a failure. */
function prove(
  state: FactorsState,
  out: { readonly codeHash: string; readonly expiresAt: number } | undefined,
  codeHash: string,
  at: number,
  success: FactorsEvent,
): Decision<FactorsEvent, FactorsReply> {
  const locked = lockedReply(state.smsFailures, at);
  if (locked !== undefined) return { events: [], reply: locked };
  const right =
    out !== undefined &&
    out.expiresAt > at &&
    timingSafeEqual(Buffer.from(out.codeHash, 'hex'), Buffer.from(codeHash, 'hex'));
  return right
    ? { events: [success], reply: { ok: true } }
    : { events: [{ type: 'smsFailed', at }], reply: { ok: false, reason: 'CODE_INVALID' } };
}

function requirePhone(state: FactorsState): NonNullable<FactorsState['phone']> {
  if (state.phone === undefined)
    throw new CommandRejectedError('NO_PHONE', 'the account has no phone for SMS: SetPhone first');
  return state.phone;
}

/** Six decimal digits; 4 random bytes mod 10^6 (a bias below 0.03 % per code). */
function drawCode(random: (length: number) => Uint8Array): string {
  return String(Buffer.from(random(4)).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** The number with all but its last two digits hidden, for listings. */
export function maskedPhone(number: string): string {
  return `${number.slice(0, 3)}${'•'.repeat(Math.max(0, number.length - 5))}${number.slice(-2)}`;
}
