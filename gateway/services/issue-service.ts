/**
 * IssueService: the kanban of a project. Every change is audited; moving a card names both
 * columns; only members of the project (internal or external) can be assigned.
 */
import { CommandRejectedError } from '../../actors/index.js';
import { changeIssue, createIssue, issue, moveIssue, project } from '../../domain/index.js';
import type { CommandOf } from '../../actors/index.js';
import type { IssueState, IssueSummary, ProjectView } from '../../domain/index.js';
import { askOptions, callerOf } from '../call-context.js';
import type { CallContext } from '../call-context.js';
import { PermissionDeniedError } from '../errors.js';
import type { UnaryHandler } from '../pipeline.js';
import { workflowOf } from './service-parts.js';
import type { ServiceParts } from './service-parts.js';

export function issueMessage(orgId: string, projectId: string, number: number, state: IssueState): object {
  return {
    orgId,
    projectId,
    number,
    title: state.title,
    body: state.body,
    column: state.column,
    assigneeIds: state.assignees,
    labels: state.labels,
    comments: state.comments,
    auditLinks: state.auditLinks,
    createdBy: state.createdBy,
    createdAt: state.createdAt,
  };
}

export function issueService(parts: ServiceParts): Record<string, UnaryHandler> {
  const { client } = parts;
  const ref = (request: Record<string, unknown>) => {
    const orgId = String(request['orgId']);
    const projectId = String(request['projectId']);
    const number = Number(request['number']);
    return { orgId, projectId, number, entity: `${orgId}/${projectId}/${number}` };
  };
  /** Runs a change of an issue (the issue audits it) and answers the issue as it is now. */
  async function change(
    request: Record<string, unknown>,
    context: CallContext,
    command: CommandOf<typeof issue>,
  ): Promise<object> {
    const { orgId, projectId, number } = ref(request);
    const after = await changeIssue(workflowOf(parts, context), { orgId, projectId, number, command });
    return issueMessage(orgId, projectId, number, after);
  }

  return {
    async CreateIssue(request, context) {
      const orgId = String(request['orgId']);
      const projectId = String(request['projectId']);
      const { number, state } = await createIssue(workflowOf(parts, context), {
        orgId,
        projectId,
        title: String(request['title']),
        body: String(request['body'] ?? ''),
        column: String(request['column'] ?? ''),
      });
      return issueMessage(orgId, projectId, number, state);
    },

    async GetIssue(request, context) {
      const { orgId, projectId, number, entity } = ref(request);
      return issueMessage(
        orgId,
        projectId,
        number,
        (await client.ask(issue, entity, { type: 'get' }, askOptions(context, orgId))) as IssueState,
      );
    },

    async ListIssues(request, context) {
      const orgId = String(request['orgId']);
      const { issues } = (await client.ask(
        project,
        `${orgId}/${String(request['projectId'])}`,
        { type: 'issues' },
        askOptions(context, orgId),
      )) as { issues: IssueSummary[] };
      return { issues: [...issues].sort((a, b) => a.number - b.number) };
    },

    async MoveIssue(request, context) {
      const { orgId, projectId, number } = ref(request);
      const moved = await moveIssue(workflowOf(parts, context), {
        orgId,
        projectId,
        number,
        column: String(request['column']),
      });
      return issueMessage(orgId, projectId, number, moved);
    },

    async AssignIssue(request, context) {
      const { orgId, projectId } = ref(request);
      const accountIds = (request['assigneeIds'] as string[] | undefined) ?? [];
      // An assignee works in the project: a member of it (an org admin is an admin of each project).
      for (const [index, accountId] of accountIds.entries()) {
        const standing = await parts.roles.projectLookup(orgId, projectId, accountId, context.deadline);
        if (standing.role === null) {
          throw new CommandRejectedError(
            'NOT_A_MEMBER',
            `account ${accountId} is not a member of project ${orgId}/${projectId}: add them to the project first`,
            { field: `assignee_ids[${index}]` },
          );
        }
      }
      return change(request, context, { type: 'assign', accountIds });
    },

    async LabelIssue(request, context) {
      const labels = (request['labels'] as string[] | undefined) ?? [];
      return change(request, context, { type: 'label', labels });
    },

    async CommentIssue(request, context) {
      const text = String(request['text']);
      return change(request, context, { type: 'comment', accountId: callerOf(context).accountId, text });
    },

    async LinkAuditRecord(request, context) {
      const auditSeq = Number(request['auditSeq']);
      return change(request, context, { type: 'link', auditSeq });
    },

    async ExportIssues(request, context) {
      const orgId = String(request['orgId']);
      const projectId = String(request['projectId']);
      const standing = await parts.roles.projectLookup(orgId, projectId, callerOf(context).accountId, context.deadline);
      const options = askOptions(context, orgId);
      if (standing.external) {
        const board = (await client.ask(project, `${orgId}/${projectId}`, { type: 'get' }, options)) as ProjectView;
        if (!board.policy.externalsMayExport) {
          throw new PermissionDeniedError(
            `project ${orgId}/${projectId} does not let external members export`,
            'issue.export',
            'EXPORT_NOT_ALLOWED',
          );
        }
      }
      const { issues } = (await client.ask(project, `${orgId}/${projectId}`, { type: 'issues' }, options)) as {
        issues: IssueSummary[];
      };
      const full = [];
      for (const summary of [...issues].sort((a, b) => a.number - b.number)) {
        const state = (await client.ask(
          issue,
          `${orgId}/${projectId}/${summary.number}`,
          { type: 'get' },
          options,
        )) as IssueState;
        full.push(issueMessage(orgId, projectId, summary.number, state));
      }
      return { issues: full };
    },
  };
}
