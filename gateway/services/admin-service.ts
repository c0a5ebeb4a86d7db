/** AdminService: the platform's orgs and account lookup, for superadmins. */
import { isNotFound } from '../../actors/index.js';
import { account, emailIndex, org, ORG_INDEX_ID, orgIndex } from '../../domain/index.js';
import type { AccountProfile, IndexedOrg } from '../../domain/index.js';
import { askOptions } from '../call-context.js';
import type { UnaryHandler } from '../pipeline.js';
import type { ServiceParts } from './service-parts.js';

export function adminService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client } = parts;
  return {
    async ListOrgs(_request, context) {
      const { orgs } = (await client.ask(orgIndex, ORG_INDEX_ID, { type: 'list' }, askOptions(context))) as {
        orgs: IndexedOrg[];
      };
      // The directory's word on each home: an org may have moved since it was listed.
      const homed = client.routesByHome
        ? await Promise.all(
            orgs.map(async (entry) => ({ ...entry, homeRegion: await client.regionOf(org, entry.orgId) })),
          )
        : orgs;
      return { orgs: [...homed].sort((a, b) => a.orgId.localeCompare(b.orgId)) };
    },
    async LookupAccount(request, context) {
      const options = askOptions(context);
      const ids = parts.emailIds(String(request['email']));
      // An address indexed before ids were keyed is found under its legacy id.
      const { accountId } = (await client
        .ask(emailIndex, ids.keyed, { type: 'lookup' }, options)
        .catch((error: unknown) => {
          if (!isNotFound(error)) throw error;
          return client.ask(emailIndex, ids.legacy, { type: 'lookup' }, options);
        })) as { accountId: string };
      const profile = (await client.ask(account, accountId, { type: 'profile' }, options)) as AccountProfile;
      const { displayName, emailVerified, superadmin, createdAt } = profile;
      return { accountId, displayName, emailVerified, superadmin, createdAt };
    },
  };
}
