/**
 * An account's second factors: `factors/acc_…`, living with its account. It holds the
 * authenticator's secret (sealed at rest like all state), the newest time step a code was accepted
 * for (so no code works twice), the recovery codes' peppered hashes, and a failure count per
 * factor that locks it for a while. It proves codes; the session that asked records the factor.
 */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { decideFactors, parseFactorsCommand } from './handlers.js';
import { factorsSecurity } from './security.js';
import { evolveFactors, initialFactors } from './state.js';

export const factors = defineEntity({
  kind: 'factors',
  commands: {
    startTotp: ANY_ORIGIN,
    confirmTotp: ANY_ORIGIN,
    verifyTotp: ANY_ORIGIN,
    useRecoveryCode: ANY_ORIGIN,
    regenerateRecoveryCodes: ANY_ORIGIN,
    removeTotp: ANY_ORIGIN,
    setPhone: ANY_ORIGIN,
    confirmPhone: ANY_ORIGIN,
    sendSmsCode: ANY_ORIGIN,
    verifySms: ANY_ORIGIN,
    removePhone: ANY_ORIGIN,
    list: ANY_ORIGIN,
  },
  parseCommand: parseFactorsCommand,
  initialState: initialFactors,
  decide: decideFactors,
  evolve: evolveFactors,
  // With its account, in the account's home region.
  home: (id) => ({ account: id }),
  // Enrolments, removals, failures and locks go to the account's security log.
  outbox: factorsSecurity,
  snapshotEvery: 50,
  // A removed authenticator's secret, and replaced recovery codes, leave the disks.
  compactAfter: ['totpRemoved', 'totpConfirmed', 'recoveryCodesMade', 'phoneConfirmed', 'phoneRemoved'],
});

export type * from './protocol.js';
export { RECOVERY_LOCK, SMS_CODE_MS, SMS_LOCK, TOTP_LOCK } from './protocol.js';
export { normalizeRecoveryCode, recoveryCodeHash, RECOVERY_CODE_COUNT } from './recovery-codes.js';
export { E164, smsCodeHash } from './sms.js';
