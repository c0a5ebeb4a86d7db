/**
 * The workflows of the kanban: opening an issue (a number from its project, then the issue),
 * moving a card (the project's index, which owns the columns and checks the move, then the issue)
 * and every other change of an issue, which the issue audits itself. Each change is a step of the
 * call: a retried CreateIssue opens one issue. Each entity checks what it owns and replies what
 * the caller needs, so no step reads before or after it changes.
 */
import type { CommandOf } from '../../actors/index.js';
import { issue } from '../issue/index.js';
import type { IssueState } from '../issue/index.js';
import { project } from '../project/index.js';
import type { ProjectView } from '../project/index.js';
import type { Workflow } from './workflow.js';

/** Where an issue is: its org, project and number. */
export interface IssueRef {
  readonly orgId: string;
  readonly projectId: string;
  readonly number: number;
}

/** Opens an issue in a column of the board (the first one by default). */
export async function createIssue(
  flow: Workflow,
  request: { orgId: string; projectId: string; title: string; body: string; column: string },
): Promise<{ number: number; state: IssueState }> {
  const { orgId, projectId, title, body } = request;
  const board = (await flow.read(project, `${orgId}/${projectId}`, { type: 'get' }, orgId)) as ProjectView;
  const column = request.column || board.columns[0]!;
  const { number } = (await flow.change(
    project,
    `${orgId}/${projectId}`,
    { type: 'openIssue', title, column },
    { orgId },
  )) as {
    number: number;
  };
  const state = (await flow.change(
    issue,
    `${orgId}/${projectId}/${number}`,
    { type: 'create', title, body, column, createdBy: flow.call.caller.accountId },
    { orgId },
  )) as IssueState;
  return { number, state };
}

/**
 * Moves a card to another column of its board: the board's index first (it owns the columns and
 * knows the card), then the issue.
 * @throws CommandRejectedError (`COMMAND_REJECTED`, NO_SUCH_COLUMN) for a column the board has not
 * @throws NotFoundError for an issue the project never numbered
 */
export async function moveIssue(flow: Workflow, request: IssueRef & { column: string }): Promise<IssueState> {
  const { orgId, projectId, number, column } = request;
  await flow.change(project, `${orgId}/${projectId}`, { type: 'moveCard', number, column }, { orgId });
  return changeIssue(flow, { ...request, command: { type: 'move', column } });
}

/** A change of an issue (the issue audits it); @returns the issue as it is now */
export async function changeIssue(
  flow: Workflow,
  request: IssueRef & { command: CommandOf<typeof issue> },
): Promise<IssueState> {
  const { orgId, projectId, number, command } = request;
  return flow.change(issue, `${orgId}/${projectId}/${number}`, command, { orgId });
}
