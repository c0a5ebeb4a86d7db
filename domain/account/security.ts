/** What an account's changes tell its security log (see security-log/). */
import type { CommittedChange, TellMessage } from '../../actors/index.js';
import { securityEntry, securityMemberships } from '../security-log/index.js';
import type { AccountCommand } from './protocol.js';
import type { AccountState } from './state.js';

export function accountSecurity(change: CommittedChange<AccountState, AccountCommand>): TellMessage | undefined {
  const { before, after, command, context } = change;
  switch (command.type) {
    case 'loginFailed':
      return securityEntry(
        context.id,
        after.lockedUntil > before.lockedUntil
          ? { action: 'login.locked', detail: `until ${new Date(after.lockedUntil).toISOString()}` }
          : { action: 'login.failed' },
        context,
      );
    case 'changePassword':
      return securityEntry(context.id, { action: 'password.changed' }, context);
    case 'resetPassword':
      return securityEntry(context.id, { action: 'password.reset' }, context);
    case 'deactivate':
      return before.deactivated === undefined
        ? securityEntry(context.id, { action: 'account.deactivated', detail: command.reason }, context)
        : undefined;
    case 'reactivate':
      return before.deactivated !== undefined
        ? securityEntry(context.id, { action: 'account.reactivated' }, context)
        : undefined;
    case 'setMembership':
    case 'removeMembership': {
      // The log tells the trails of the account's orgs of each entry: it learns which orgs here.
      const orgIds = Object.keys(after.memberships);
      return orgIds.join() === Object.keys(before.memberships).join()
        ? undefined
        : securityMemberships(context.id, orgIds);
    }
    default:
      return undefined;
  }
}
