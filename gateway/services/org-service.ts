/**
 * OrgService: orgs, their members and roles; the org's home region goes into the registry's
 * directory, its id and name into the platform's org index (kept current on a rename).
 */
import { isNotFound } from '../../actors/index.js';
import { account, org, ORG_INDEX_ID, orgIndex, stateDigest } from '../../domain/index.js';
import type { OrgMember, OrgRole, OrgView } from '../../domain/index.js';
import { orgHome } from '../../registry/index.js';
import { askOptions } from '../call-context.js';
import type { UnaryHandler } from '../pipeline.js';
import { ENTITY_ROLE, PROTO_ROLE } from '../role-names.js';
import { auditedChange } from './audited-change.js';
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
  };
}

export function orgService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client } = parts;
  const text = (request: Record<string, unknown>, name: string) => String(request[name] ?? '');

  return {
    async CreateOrg(request, context) {
      const orgId = text(request, 'orgId');
      const adminAccountId = text(request, 'adminAccountId');
      const homeRegion = text(request, 'homeRegion');
      const options = askOptions(context, orgId);
      // The first admin must exist (NOT_FOUND otherwise) before the org names it.
      await client.ask(account, adminAccountId, { type: 'profile' }, options);
      // Pin the home region first: an org never exists without one.
      await parts.registry.ask(orgHome, orgId, { type: 'assign', region: homeRegion }, { deadline: context.deadline });
      const view = (await client.ask(
        org,
        orgId,
        { type: 'create', name: text(request, 'name'), homeRegion, adminAccountId },
        options,
      )) as OrgView;
      await client.ask(account, adminAccountId, { type: 'setMembership', orgId, role: 'admin' }, options);
      await client.ask(orgIndex, ORG_INDEX_ID, { type: 'add', orgId, name: view.name, homeRegion }, options);
      await parts.audit.record(
        orgId,
        { action: 'org.create', target: `org/${orgId}`, before: '', after: stateDigest({ ...view, adminAccountId }) },
        context,
      );
      return orgMessage(view);
    },

    async GetOrg(request, context) {
      const orgId = text(request, 'orgId');
      return orgMessage((await client.ask(org, orgId, { type: 'get' }, askOptions(context, orgId))) as OrgView);
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
      const options = askOptions(context, orgId);
      await client.ask(account, accountId, { type: 'profile' }, options);
      const before = (await client.ask(org, orgId, { type: 'roleOf', accountId }, options)) as { role: OrgRole | null };
      await client.ask(org, orgId, { type: 'addMember', accountId, role }, options);
      await client.ask(account, accountId, { type: 'setMembership', orgId, role }, options);
      parts.roles.forget(orgId, accountId);
      const { members } = (await client.ask(org, orgId, { type: 'members' }, options)) as {
        members: (OrgMember & { accountId: string })[];
      };
      const member = members.find((entry) => entry.accountId === accountId)!;
      await parts.audit.record(
        orgId,
        {
          action: 'org.members.add',
          target: `org/${orgId}`,
          before: stateDigest(before.role === null ? null : { accountId, role: before.role }),
          after: stateDigest({ accountId, role }),
        },
        context,
      );
      return { accountId, role: PROTO_ROLE[member.role], since: member.since };
    },

    async RemoveMember(request, context) {
      const orgId = text(request, 'orgId');
      const accountId = text(request, 'accountId');
      const options = askOptions(context, orgId);
      const before = (await client.ask(org, orgId, { type: 'roleOf', accountId }, options)) as { role: OrgRole | null };
      await client.ask(org, orgId, { type: 'removeMember', accountId }, options);
      await client.ask(account, accountId, { type: 'removeMembership', orgId }, options);
      parts.roles.forget(orgId, accountId);
      if (before.role !== null) {
        await parts.audit.record(
          orgId,
          {
            action: 'org.members.remove',
            target: `org/${orgId}`,
            before: stateDigest({ accountId, role: before.role }),
            after: '',
          },
          context,
        );
      }
      return {};
    },

    async UpdateOrg(request, context) {
      const orgId = text(request, 'orgId');
      const options = askOptions(context, orgId);
      const before = (await client.ask(org, orgId, { type: 'get' }, options)) as OrgView;
      const after = (await client.ask(org, orgId, { type: 'rename', name: text(request, 'name') }, options)) as OrgView;
      // The platform's list shows the new name; an org missing from it (its creation stopped
      // before indexing it) is indexed now.
      await client.ask(orgIndex, ORG_INDEX_ID, { type: 'rename', orgId, name: after.name }, options).catch((error) => {
        if (!isNotFound(error)) throw error;
        return client.ask(
          orgIndex,
          ORG_INDEX_ID,
          { type: 'add', orgId, name: after.name, homeRegion: after.homeRegion },
          options,
        );
      });
      await parts.audit.record(
        orgId,
        {
          action: 'org.update',
          target: `org/${orgId}`,
          before: stateDigest({ name: before.name }),
          after: stateDigest({ name: after.name }),
        },
        context,
      );
      return orgMessage(after);
    },

    async UpdateOrgSettings(request, context) {
      const orgId = text(request, 'orgId');
      const projectDefaults = {
        externalsNeedSecondFactor: request['externalsNeedSecondFactorByDefault'] === true,
        externalsMayExport: request['externalsMayExportByDefault'] === true,
      };
      const after = await auditedChange<typeof org, OrgView>(
        parts,
        {
          kind: org,
          id: orgId,
          orgId,
          action: 'org.settings.update',
          command: { type: 'configure', projectDefaults },
          digest: (view) => view.projectDefaults,
        },
        context,
      );
      return orgMessage(after);
    },
  };
}
