/** AdminService: the platform's orgs and account lookup, for superadmins. */
import { NotFoundError } from '../../actors/index.js';
import { account, accountOfEmail, ORG_INDEX_ID, orgIndex } from '../../domain/index.js';
import type { AccountProfile, IndexedOrg } from '../../domain/index.js';
import { askOptions } from '../call-context.js';
import type { UnaryHandler } from '../pipeline.js';
import { homeRegionNow } from './org-service.js';
import { workflowOf } from './service-parts.js';
import type { ServiceParts } from './service-parts.js';

export function adminService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client } = parts;
  return {
    async ListOrgs(_request, context) {
      const { orgs } = (await client.ask(orgIndex, ORG_INDEX_ID, { type: 'list' }, askOptions(context))) as {
        orgs: IndexedOrg[];
      };
      const homed = await Promise.all(
        orgs.map(async (entry) => ({
          ...entry,
          homeRegion: await homeRegionNow(client, entry.orgId, entry.homeRegion),
        })),
      );
      return { orgs: [...homed].sort((a, b) => a.orgId.localeCompare(b.orgId)) };
    },
    async LookupAccount(request, context) {
      const accountId = await accountOfEmail(workflowOf(parts, context), parts.emailIds(String(request['email'])));
      if (accountId === undefined) throw new NotFoundError('no account has that address', { what: 'account' });
      const profile = (await client.ask(
        account,
        accountId,
        { type: 'profile' },
        askOptions(context),
      )) as AccountProfile;
      const { displayName, emailVerified, superadmin, createdAt } = profile;
      return { accountId, displayName, emailVerified, superadmin, createdAt };
    },
  };
}
