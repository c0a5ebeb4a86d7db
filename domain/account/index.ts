/** The account entity kind: `account/acc_…`, platform data (an account belongs to no one org). */
import { defineEntity } from '../../actors/index.js';
import { decideAccount, parseAccountCommand } from './handlers.js';
import { evolveAccount, initialAccount } from './state.js';

export const account = defineEntity({
  kind: 'account',
  parseCommand: parseAccountCommand,
  initialState: initialAccount,
  decide: decideAccount,
  evolve: evolveAccount,
  snapshotEvery: 50,
  // A password change leaves no earlier hash on the disks.
  compactAfter: ['passwordChanged'],
});

export { LOCK_AFTER_FAILURES, LOCK_MS, ROLES } from './protocol.js';
export type * from './protocol.js';
export type { AccountState } from './state.js';
