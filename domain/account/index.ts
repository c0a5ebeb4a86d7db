/** The account entity kind: `account/acc_…`, platform data (an account belongs to no one org). */
import { ANY_ORIGIN, OPERATOR_ONLY, defineEntity } from '../../actors/index.js';
import { decideAccount, parseAccountCommand } from './handlers.js';
import { accountSecurity } from './security.js';
import { evolveAccount, initialAccount } from './state.js';

export const account = defineEntity({
  kind: 'account',
  commands: {
    profile: ANY_ORIGIN,
    credentials: ANY_ORIGIN,
    verifyEmail: ANY_ORIGIN,
    loginFailed: ANY_ORIGIN,
    sessionOpened: ANY_ORIGIN,
    sessionClosed: ANY_ORIGIN,
    setMembership: ANY_ORIGIN,
    removeMembership: ANY_ORIGIN,
    changePassword: ANY_ORIGIN,
    startReset: ANY_ORIGIN,
    resetPassword: ANY_ORIGIN,
    updateProfile: ANY_ORIGIN,
    create: ANY_ORIGIN,
    grantSuperadmin: OPERATOR_ONLY,
    deactivate: ANY_ORIGIN,
    reactivate: ANY_ORIGIN,
  },
  parseCommand: parseAccountCommand,
  initialState: initialAccount,
  decide: decideAccount,
  evolve: evolveAccount,
  // An account lives in its home region, which the registry's directory keeps.
  home: (id) => ({ account: id }),
  // Failed logins, locks and password changes go to the account's security log.
  outbox: accountSecurity,
  snapshotEvery: 50,
  // A password change leaves no earlier hash on the disks.
  compactAfter: ['passwordChanged'],
});

export { LOCK_AFTER_FAILURES, LOCK_MS, ROLES } from './protocol.js';
export type * from './protocol.js';
export type { AccountState } from './state.js';
