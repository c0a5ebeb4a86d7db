/**
 * The workflows of projects: creating one (the project, its place in the org, the audit record)
 * and every audited change of one (members, policy, board). Each change is a step of the call.
 */
import type { CommandOf } from '../../actors/index.js';
import { account } from '../account/index.js';
import { org } from '../org/index.js';
import type { OrgView } from '../org/index.js';
import { DEFAULT_COLUMNS, project } from '../project/index.js';
import type { ProjectView } from '../project/index.js';
import type { Workflow } from './workflow.js';

/** Creates a project whose first admin is the caller; it starts with the org's default policy. */
export async function createProject(
  flow: Workflow,
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
  return view;
}

/**
 * A change of a project (members, policy, board); the project audits it.
 * @throws RedoubtError `NOT_FOUND` when the change adds an account that does not exist
 */
export async function changeProject(
  flow: Workflow,
  request: {
    orgId: string;
    projectId: string;
    command: CommandOf<typeof project>;
  },
): Promise<ProjectView> {
  const { orgId, projectId, command } = request;
  // A new member's account must exist.
  if (command.type === 'addMember') await flow.read(account, command.accountId, { type: 'profile' }, orgId);
  const entity = `${orgId}/${projectId}`;
  await flow.change(project, entity, command, { orgId });
  return (await flow.read(project, entity, { type: 'get' }, orgId)) as ProjectView;
}
