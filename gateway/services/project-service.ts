/** ProjectService: projects of an org, their members, policy and board. Every change is audited. */
import { account, DEFAULT_COLUMNS, org, project, stateDigest } from '../../domain/index.js';
import type { CommandOf } from '../../actors/index.js';
import type { OrgView, ProjectView } from '../../domain/index.js';
import { auditedChange } from './audited-change.js';
import { askOptions, callerOf } from '../call-context.js';
import type { CallContext } from '../call-context.js';
import type { UnaryHandler } from '../pipeline.js';
import { ENTITY_ROLE } from '../role-names.js';
import type { ServiceParts } from './service-parts.js';

export function projectMessage(orgId: string, projectId: string, view: ProjectView): object {
  return {
    orgId,
    projectId,
    name: view.name,
    columns: view.columns,
    memberCount: view.memberCount,
    issueCount: view.issueCount,
    externalsNeedSecondFactor: view.policy.externalsNeedSecondFactor,
    externalsMayExport: view.policy.externalsMayExport,
    createdAt: view.createdAt,
  };
}

export function projectService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client } = parts;
  const ids = (request: Record<string, unknown>) => {
    const orgId = String(request['orgId']);
    const projectId = String(request['projectId']);
    return { orgId, projectId, entity: `${orgId}/${projectId}` };
  };
  /** Runs a change on the project, records it, and answers the project as it is now. */
  async function change(
    request: Record<string, unknown>,
    context: CallContext,
    action: string,
    command: CommandOf<typeof project>,
    digest: (view: ProjectView) => unknown,
  ): Promise<object> {
    const { orgId, projectId, entity } = ids(request);
    const after = await auditedChange<typeof project, ProjectView>(
      parts,
      { kind: project, id: entity, orgId, action, command, digest },
      context,
    );
    parts.roles.forgetProject(orgId, projectId);
    return projectMessage(orgId, projectId, after);
  }

  return {
    async CreateProject(request, context) {
      const { orgId, projectId, entity } = ids(request);
      const columns = (request['columns'] as string[] | undefined) ?? [];
      const options = askOptions(context, orgId);
      // A new project starts with the org's default policy for externals.
      const { projectDefaults } = (await client.ask(org, orgId, { type: 'get' }, options)) as OrgView;
      const view = (await client.ask(
        project,
        entity,
        {
          type: 'create',
          name: String(request['name']),
          adminAccountId: callerOf(context).accountId,
          columns: columns.length > 0 ? columns : [...DEFAULT_COLUMNS],
          policy: projectDefaults,
        },
        options,
      )) as ProjectView;
      await client.ask(org, orgId, { type: 'addProject', projectId, name: view.name }, options);
      await parts.audit.record(
        orgId,
        { action: 'project.create', target: `project/${entity}`, before: '', after: stateDigest(view) },
        context,
      );
      return projectMessage(orgId, projectId, view);
    },

    async ListProjects(request, context) {
      const orgId = String(request['orgId']);
      const { projects } = (await client.ask(org, orgId, { type: 'projects' }, askOptions(context, orgId))) as {
        projects: { projectId: string; name: string; createdAt: number }[];
      };
      return { projects: [...projects].sort((a, b) => a.projectId.localeCompare(b.projectId)) };
    },

    async GetProject(request, context) {
      const { orgId, projectId, entity } = ids(request);
      return projectMessage(
        orgId,
        projectId,
        (await client.ask(project, entity, { type: 'get' }, askOptions(context, orgId))) as ProjectView,
      );
    },

    async AddProjectMember(request, context) {
      const accountId = String(request['accountId']);
      // The account must exist (NOT_FOUND otherwise).
      await client.ask(account, accountId, { type: 'profile' }, askOptions(context));
      const role = ENTITY_ROLE[String(request['role'])]!;
      const external = request['external'] === true;
      return change(request, context, 'project.members.add', { type: 'addMember', accountId, role, external }, () => ({
        accountId,
        role,
        external,
      }));
    },

    async RemoveProjectMember(request, context) {
      const accountId = String(request['accountId']);
      return change(request, context, 'project.members.remove', { type: 'removeMember', accountId }, (view) => ({
        accountId,
        members: view.memberCount,
      }));
    },

    async SetProjectPolicy(request, context) {
      const policy = {
        externalsNeedSecondFactor: request['externalsNeedSecondFactor'] === true,
        externalsMayExport: request['externalsMayExport'] === true,
      };
      return change(request, context, 'project.policy.set', { type: 'setPolicy', policy }, (view) => view.policy);
    },

    async ConfigureBoard(request, context) {
      const columns = request['columns'] as string[];
      return change(
        request,
        context,
        'project.board.configure',
        { type: 'configureBoard', columns },
        (view) => view.columns,
      );
    },
  };
}
