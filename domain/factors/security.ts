/** What changes of an account's factors tell its security log (see security-log/). */
import type { CommittedChange, TellMessage } from '../../actors/index.js';
import { securityEntry } from '../security-log/index.js';
import type { Failures, FactorsCommand, FactorsState } from './protocol.js';
import { recoveryCodesLeft } from './state.js';

export function factorsSecurity(change: CommittedChange<FactorsState, FactorsCommand>): TellMessage | undefined {
  const { before, after, command, context } = change;
  const accountId = context.id;
  const entry = (action: string, factor: string, detail?: string) =>
    securityEntry(accountId, { action, factor, ...(detail === undefined ? {} : { detail }) }, context);
  switch (command.type) {
    case 'confirmTotp':
      return after.totp !== undefined && before.totp === undefined
        ? entry('factor.enrolled', 'totp')
        : failure(before.totpFailures, after.totpFailures, 'totp', entry);
    case 'verifyTotp':
      // A code accepted is logged by the session it stepped up.
      return failure(before.totpFailures, after.totpFailures, 'totp', entry);
    case 'useRecoveryCode': {
      const left = recoveryCodesLeft(after);
      return left < recoveryCodesLeft(before)
        ? entry('factor.used', 'recovery_code', `${left} left`)
        : failure(before.recoveryFailures, after.recoveryFailures, 'recovery_code', entry);
    }
    case 'regenerateRecoveryCodes':
      return entry('factor.regenerated', 'recovery_code');
    case 'removeTotp':
      return entry('factor.removed', 'totp');
    case 'setPhone':
      return undefined;
    case 'confirmPhone':
      return after.phone !== undefined && before.phone === undefined
        ? entry('factor.enrolled', 'sms')
        : failure(before.smsFailures, after.smsFailures, 'sms', entry);
    case 'verifySms':
      // A code accepted is logged by the session it stepped up.
      return failure(before.smsFailures, after.smsFailures, 'sms', entry);
    case 'sendSmsCode':
      return entry('factor.sent', 'sms');
    case 'removePhone':
      return entry('factor.removed', 'sms');
    case 'startTotp':
    case 'list':
      return undefined;
  }
}

/** A failed proof, and whether it locked the factor. */
function failure(
  before: Failures,
  after: Failures,
  factor: string,
  entry: (action: string, factor: string, detail?: string) => TellMessage,
): TellMessage | undefined {
  // A success resets the count: only a count that grew is a failure.
  if (after.count <= before.count && after.lockedUntil <= before.lockedUntil) return undefined;
  return after.lockedUntil > before.lockedUntil
    ? entry('factor.locked', factor, `until ${new Date(after.lockedUntil).toISOString()}`)
    : entry('factor.failed', factor);
}
