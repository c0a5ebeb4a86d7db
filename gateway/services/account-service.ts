/** AccountService: the caller's own account, and its security log. */
import { account, SECURITY_LOG_KEPT, securityLog } from '../../domain/index.js';
import type { AccountProfile, SecurityEntry } from '../../domain/index.js';
import { askOptions, callerOf } from '../call-context.js';
import type { UnaryHandler } from '../pipeline.js';
import { PROTO_ROLE } from '../role-names.js';
import type { ServiceParts } from './service-parts.js';

export function accountMessage(profile: AccountProfile): object {
  return {
    accountId: profile.accountId,
    email: profile.email,
    displayName: profile.displayName,
    emailVerified: profile.emailVerified,
    superadmin: profile.superadmin,
    memberships: Object.entries(profile.memberships).map(([orgId, role]) => ({ orgId, role: PROTO_ROLE[role] })),
    createdAt: profile.createdAt,
  };
}

export function accountService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client } = parts;
  return {
    async GetMe(_request, context) {
      const { accountId } = callerOf(context);
      return accountMessage(
        (await client.ask(account, accountId, { type: 'profile' }, askOptions(context))) as AccountProfile,
      );
    },
    async UpdateProfile(request, context) {
      const { accountId } = callerOf(context);
      const profile = await client.ask(
        account,
        accountId,
        { type: 'updateProfile', displayName: String(request['displayName']) },
        askOptions(context),
      );
      return accountMessage(profile as AccountProfile);
    },
    async ListSecurityEvents(request, context) {
      const { accountId } = callerOf(context);
      // 0 (unset) asks for all that are kept.
      const limit = Number(request['limit'] ?? 0) || SECURITY_LOG_KEPT;
      const reply = (await client.ask(securityLog, accountId, { type: 'list', limit }, askOptions(context))) as {
        entries: readonly SecurityEntry[];
      };
      return { events: reply.entries };
    },
  };
}
