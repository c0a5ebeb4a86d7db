/**
 * The workflows of projects: creating one (the project, its place in the org, the audit record)
 * and every audited change of one (members, policy, board). Each change is a step of the call.
 */
import type { CommandOf } from '../../actors/index.js';
import { account } from '../account/index.js';
import { stateDigest } from '../audit/index.js';
import type { AuditTrail } from '../audit-trail.js';
import { org } from '../org/index.js';
import type { OrgView } from '../org/index.js';
import { DEFAULT_COLUMNS, project } from '../project/index.js';
import type { ProjectView } from '../project/index.js';
import { auditedChange } from './audited-change.js';
import type { Workflow } from './workflow.js';

/** Creates a project whose first admin is the caller; it starts with the org's default policy. */
export async function createProject(
  flow: Workflow,
  trail: AuditTrail,
  request: { orgId: string; projectId: string; name: string; columns: readonly string[] },
): Promise<ProjectView> {
  const { orgId, projectId } = request;
  const entity = `${orgId}/${projectId}`;
  const { projectDefaults } = (await flow.read(org, orgId, { type: 'get' }, orgId)) as OrgView;
  const view = (await flow.change(
    project,
    entity,
    {
      type: 'create',
      name: request.name,
      adminAccountId: flow.call.caller.accountId,
      columns: request.columns.length > 0 ? [...request.columns] : [...DEFAULT_COLUMNS],
      policy: projectDefaults,
    },
    { orgId },
  )) as ProjectView;
  await flow.change(org, orgId, { type: 'addProject', projectId, name: view.name }, { orgId });
  await trail.record(flow, orgId, {
    action: 'project.create',
    target: `project/${entity}`,
    before: '',
    after: stateDigest(view),
  });
  return view;
}

/**
 * An audited change of a project (members, policy, board), named by the permission it uses.
 * @throws RedoubtError `NOT_FOUND` when the change adds an account that does not exist
 */
export async function changeProject(
  flow: Workflow,
  trail: AuditTrail,
  request: {
    orgId: string;
    projectId: string;
    action: string;
    command: CommandOf<typeof project>;
    digest: (view: ProjectView) => unknown;
  },
): Promise<ProjectView> {
  const { orgId, projectId, action, command, digest } = request;
  // A new member's account must exist.
  if (command.type === 'addMember') await flow.read(account, command.accountId, { type: 'profile' }, orgId);
  return auditedChange<typeof project, ProjectView>(flow, trail, {
    kind: project,
    id: `${orgId}/${projectId}`,
    orgId,
    action,
    command,
    digest,
  });
}
