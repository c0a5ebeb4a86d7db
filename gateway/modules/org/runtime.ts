/** What the org module runs: orgs and the org index, and OrgService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { org, orgIndex } from '../../../domain/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { orgService } from '../../services/org-service.js';

/** `org/<org>` and `org-index/platform`. */
export const kinds: readonly AnyEntityKind[] = [org, orgIndex];

/** OrgService. */
export const services: Readonly<Record<string, ServiceFactory>> = { 'redoubt.v1.OrgService': orgService };

/** Well-formed requests of every method. */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.OrgService': ({ orgId, accountId, unique: n }) => ({
    CreateOrg: { orgId: `org-${n}`, name: `Org ${n}`, homeRegion: 'local', adminAccountId: accountId },
    GetOrg: { orgId },
    ListMembers: { orgId },
    AddMember: { orgId, accountId, role: 'ROLE_MEMBER' },
    RemoveMember: { orgId, accountId },
    UpdateOrg: { orgId, name: `Acme ${n}` },
    UpdateOrgSettings: { orgId, externalsMayExportByDefault: true },
  }),
};
