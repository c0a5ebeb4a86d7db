/**
 * The workflows of orgs: creating one (its home region in the registry, the org, its first
 * admin's membership, the platform's index), members joining and leaving, renaming, settings.
 * Each change is a step of the call: a call retried with the same idempotency key completes what
 * a first attempt left half done, and applies nothing twice. The org audits its own changes (its
 * outbox feeds the trail from the committed record).
 */
import { isNotFound } from '../../actors/index.js';
import { orgHome } from '../../registry/index.js';
import { account } from '../account/index.js';
import type { OrgRole } from '../account/index.js';
import { org } from '../org/index.js';
import type { OrgMember, OrgView } from '../org/index.js';
import type { ProjectPolicy } from '../project/index.js';
import { ORG_INDEX_ID, orgIndex } from '../org-index/index.js';
import type { Workflow } from './workflow.js';

/**
 * Creates an org with its first admin.
 * @throws RedoubtError `NOT_FOUND` when the admin's account does not exist (before any change)
 */
export async function createOrg(
  flow: Workflow,
  request: { orgId: string; name: string; homeRegion: string; adminAccountId: string },
): Promise<OrgView> {
  const { orgId, name, homeRegion, adminAccountId } = request;
  await flow.read(account, adminAccountId, { type: 'profile' }, orgId);
  // The home region first: an org never exists without one.
  await flow.registryChange(orgHome, orgId, { type: 'assign', region: homeRegion });
  const view = (await flow.change(
    org,
    orgId,
    { type: 'create', name, homeRegion, adminAccountId },
    { orgId },
  )) as OrgView;
  await flow.change(account, adminAccountId, { type: 'setMembership', orgId, role: 'admin' }, { orgId });
  await flow.change(orgIndex, ORG_INDEX_ID, { type: 'add', orgId, name: view.name, homeRegion }, { orgId });
  return view;
}

/**
 * Adds a member (or changes their role): in the org, then in their account.
 * @throws RedoubtError `NOT_FOUND` when the account does not exist
 */
export async function addMember(
  flow: Workflow,
  request: { orgId: string; accountId: string; role: OrgRole },
): Promise<OrgMember & { accountId: string }> {
  const { orgId, accountId, role } = request;
  await flow.read(account, accountId, { type: 'profile' }, orgId);
  await flow.change(org, orgId, { type: 'addMember', accountId, role }, { orgId });
  await flow.change(account, accountId, { type: 'setMembership', orgId, role }, { orgId });
  const { members } = (await flow.read(org, orgId, { type: 'members' }, orgId)) as {
    members: (OrgMember & { accountId: string })[];
  };
  return members.find((entry) => entry.accountId === accountId)!;
}

/** Removes a member: from the org, then from their account. */
export async function removeMember(flow: Workflow, request: { orgId: string; accountId: string }): Promise<void> {
  const { orgId, accountId } = request;
  await flow.change(org, orgId, { type: 'removeMember', accountId }, { orgId });
  await flow.change(account, accountId, { type: 'removeMembership', orgId }, { orgId });
}

/** Renames an org, in the org and in the platform's index. */
export async function renameOrg(flow: Workflow, request: { orgId: string; name: string }): Promise<OrgView> {
  const { orgId, name } = request;
  const after = (await flow.change(org, orgId, { type: 'rename', name }, { orgId })) as OrgView;
  // The platform's list shows the new name; an org missing from it (its creation stopped before
  // indexing it) is indexed now.
  await flow.change(orgIndex, ORG_INDEX_ID, { type: 'rename', orgId, name: after.name }, { orgId }).catch((error) => {
    if (!isNotFound(error)) throw error;
    return flow.change(
      orgIndex,
      ORG_INDEX_ID,
      { type: 'add', orgId, name: after.name, homeRegion: after.homeRegion },
      { orgId },
    );
  });
  return after;
}

/** Sets the policy the org's new projects start with. */
export async function configureOrg(
  flow: Workflow,
  request: { orgId: string; projectDefaults: ProjectPolicy },
): Promise<OrgView> {
  const { orgId, projectDefaults } = request;
  await flow.change(org, orgId, { type: 'configure', projectDefaults }, { orgId });
  return (await flow.read(org, orgId, { type: 'get' }, orgId)) as OrgView;
}
