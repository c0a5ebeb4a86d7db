/**
 * ProjectService: projects of an org, their members, policy and board. The changes and their
 * audit records are the domain's workflows'; this maps messages and keeps the role cache current.
 */
import { changeProject, createProject, org, project } from '../../domain/index.js';
import type { CommandOf } from '../../actors/index.js';
import type { AssuranceNeed, ClassAssurance, ProjectView } from '../../domain/index.js';
import { askOptions } from '../call-context.js';
import type { CallContext } from '../call-context.js';
import type { UnaryHandler } from '../pipeline.js';
import { ENTITY_ROLE } from '../role-names.js';
import { workflowOf } from './service-parts.js';
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
    assurance: view.policy.assurance ?? {},
    smsAllowed: view.policy.smsAllowed === true,
  };
}

/** A SetProjectPolicy request's `assurance`, as the project's policy holds it (the entity checks the values). */
function classAssuranceOf(value: unknown): ClassAssurance | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const classes: Record<string, AssuranceNeed> = {};
  for (const [memberClass, need] of Object.entries(value as Record<string, Partial<AssuranceNeed> | null>)) {
    if (need === null || need === undefined) continue;
    const level = Number(need.level ?? 0);
    const maxAgeS = Number(need.maxAgeS ?? 0);
    const phishingResistant = need.phishingResistant === true;
    if (level > 0 || maxAgeS > 0 || phishingResistant) classes[memberClass] = { level, phishingResistant, maxAgeS };
  }
  return Object.keys(classes).length === 0 ? undefined : classes;
}

export function projectService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client } = parts;
  const ids = (request: Record<string, unknown>) => {
    const orgId = String(request['orgId']);
    const projectId = String(request['projectId']);
    return { orgId, projectId, entity: `${orgId}/${projectId}` };
  };
  /** Runs a change of the project (the project audits it) and answers the project as it is now. */
  async function change(
    request: Record<string, unknown>,
    context: CallContext,
    command: CommandOf<typeof project>,
  ): Promise<object> {
    const { orgId, projectId } = ids(request);
    const after = await changeProject(workflowOf(parts, context), { orgId, projectId, command });
    parts.roles.forgetProject(orgId, projectId);
    return projectMessage(orgId, projectId, after);
  }

  return {
    async CreateProject(request, context) {
      const { orgId, projectId } = ids(request);
      const view = await createProject(workflowOf(parts, context), {
        orgId,
        projectId,
        name: String(request['name']),
        columns: (request['columns'] as string[] | undefined) ?? [],
      });
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
      const role = ENTITY_ROLE[String(request['role'])]!;
      const external = request['external'] === true;
      return change(request, context, { type: 'addMember', accountId, role, external });
    },

    async RemoveProjectMember(request, context) {
      const accountId = String(request['accountId']);
      return change(request, context, { type: 'removeMember', accountId });
    },

    async SetProjectPolicy(request, context) {
      const assurance = classAssuranceOf(request['assurance']);
      const policy = {
        externalsNeedSecondFactor: request['externalsNeedSecondFactor'] === true,
        externalsMayExport: request['externalsMayExport'] === true,
        ...(assurance === undefined ? {} : { assurance }),
        ...(request['smsAllowed'] === true ? { smsAllowed: true } : {}),
      };
      return change(request, context, { type: 'setPolicy', policy });
    },

    async ConfigureBoard(request, context) {
      const columns = request['columns'] as string[];
      return change(request, context, { type: 'configureBoard', columns });
    },
  };
}
