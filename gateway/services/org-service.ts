/**
 * OrgService: orgs, their members and roles. The work across entities (home region, org,
 * memberships, the platform's index, the audit trail) is the domain's workflows'; this maps
 * messages to them and keeps the gateway's role cache current.
 */
import { addMember, createOrg, org, removeMember, renameOrg } from '../../domain/index.js';
import { configureOrg } from '../../domain/index.js';
import type { OrgMember, OrgView } from '../../domain/index.js';
import type { EntityClient } from '../../actors/index.js';
import { askOptions } from '../call-context.js';
import type { UnaryHandler } from '../pipeline.js';
import { ENTITY_ROLE, PROTO_ROLE } from '../role-names.js';
import { workflowOf } from './service-parts.js';
import type { ServiceParts } from './service-parts.js';

/** An org as the API shows it. */
export function orgMessage(view: OrgView): object {
  const { orgId, name, homeRegion, createdAt, memberCount, projectDefaults } = view;
  return {
    orgId,
    name,
    homeRegion,
    createdAt,
    memberCount,
    externalsNeedSecondFactorByDefault: projectDefaults.externalsNeedSecondFactor,
    externalsMayExportByDefault: projectDefaults.externalsMayExport,
    smsAllowedByDefault: projectDefaults.smsAllowed === true,
  };
}

/**
 * An org's home as the directory has it now (the org may have moved since it was made or
 * indexed); `stated` where the client does not route by the directory (a standalone node).
 */
export async function homeRegionNow(client: EntityClient, orgId: string, stated: string): Promise<string> {
  return client.routesByHome ? client.regionOf(org, orgId) : stated;
}

export function orgService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client } = parts;
  const text = (request: Record<string, unknown>, name: string) => String(request[name] ?? '');

  return {
    async CreateOrg(request, context) {
      const orgId = text(request, 'orgId');
      const adminAccountId = text(request, 'adminAccountId');
      const view = await createOrg(workflowOf(parts, context), {
        orgId,
        name: text(request, 'name'),
        homeRegion: text(request, 'homeRegion'),
        adminAccountId,
      });
      // The admin may have been looked up (as no member) before the org existed.
      parts.roles.forget(orgId, adminAccountId);
      return orgMessage(view);
    },

    async GetOrg(request, context) {
      const orgId = text(request, 'orgId');
      const view = (await client.ask(org, orgId, { type: 'get' }, askOptions(context, orgId))) as OrgView;
      return orgMessage({ ...view, homeRegion: await homeRegionNow(client, orgId, view.homeRegion) });
    },

    async ListMembers(request, context) {
      const orgId = text(request, 'orgId');
      const { members } = (await client.ask(org, orgId, { type: 'members' }, askOptions(context, orgId))) as {
        members: (OrgMember & { accountId: string })[];
      };
      return { members: members.map((member) => ({ ...member, role: PROTO_ROLE[member.role] })) };
    },

    async AddMember(request, context) {
      const orgId = text(request, 'orgId');
      const accountId = text(request, 'accountId');
      const role = ENTITY_ROLE[text(request, 'role')]!;
      const member = await addMember(workflowOf(parts, context), { orgId, accountId, role });
      parts.roles.forget(orgId, accountId);
      return { accountId, role: PROTO_ROLE[member.role], since: member.since };
    },

    async RemoveMember(request, context) {
      const orgId = text(request, 'orgId');
      const accountId = text(request, 'accountId');
      await removeMember(workflowOf(parts, context), { orgId, accountId });
      parts.roles.forget(orgId, accountId);
      return {};
    },

    async UpdateOrg(request, context) {
      const orgId = text(request, 'orgId');
      const after = await renameOrg(workflowOf(parts, context), { orgId, name: text(request, 'name') });
      return orgMessage(after);
    },

    async UpdateOrgSettings(request, context) {
      const orgId = text(request, 'orgId');
      const projectDefaults = {
        externalsNeedSecondFactor: request['externalsNeedSecondFactorByDefault'] === true,
        externalsMayExport: request['externalsMayExportByDefault'] === true,
        ...(request['smsAllowedByDefault'] === true ? { smsAllowed: true } : {}),
      };
      const after = await configureOrg(workflowOf(parts, context), { orgId, projectDefaults });
      return orgMessage(after);
    },
  };
}
