/** Validation and decisions of an issue. */
import { fieldsOf, integerField, stringField, unknownCommand } from '../../actors/index.js';
import { ACCOUNT_ID, Format, formatField, LABEL } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, InvalidCommandError, NotFoundError } from '../../actors/index.js';
import type { IssueCommand, IssueEvent, IssueReply, IssueState } from './protocol.js';
import { MAX_COMMENTS, MAX_LIST } from './protocol.js';
import { evolveIssue } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseIssueCommand(payload: unknown): IssueCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'create':
      return {
        type: 'create',
        title: stringField(fields, 'title', { max: 200, format: Format.name }),
        body: stringField(fields, 'body', { min: 0, max: 20_000, format: Format.text }),
        column: formatField(fields, 'column', Format.column),
        createdBy: formatField(fields, 'createdBy', Format.accountId),
      };
    case 'get':
      return { type: 'get' };
    case 'move':
      return { type: 'move', column: formatField(fields, 'column', Format.column) };
    case 'assign':
      return { type: 'assign', accountIds: list(fields, 'accountIds', ACCOUNT_ID, MAX_LIST) };
    case 'label':
      return { type: 'label', labels: list(fields, 'labels', LABEL, MAX_LIST) };
    case 'comment':
      return {
        type: 'comment',
        accountId: formatField(fields, 'accountId', Format.accountId),
        text: stringField(fields, 'text', { max: 10_000, format: Format.text }),
      };
    case 'link':
      return { type: 'link', auditSeq: integerField(fields, 'auditSeq', 1, Number.MAX_SAFE_INTEGER) };
    default:
      throw unknownCommand('issue', fields);
  }
}

/** A list of at most `max` strings matching `pattern`, without duplicates. */
function list(fields: Record<string, unknown>, name: string, pattern: RegExp, max: number): string[] {
  const value = fields[name];
  if (
    !Array.isArray(value) ||
    value.length > max ||
    !value.every((item) => typeof item === 'string' && pattern.test(item))
  ) {
    throw new InvalidCommandError(`${name} must list at most ${max} valid entries`, { field: name });
  }
  return [...new Set(value as string[])];
}

/**
 * Decides what a command does to an issue.
 * @throws NotFoundError (`NOT_FOUND`) for any command but `create` before the issue exists
 * @throws CommandRejectedError (`COMMAND_REJECTED`) with reason `ALREADY_EXISTS` or `TOO_MANY_COMMENTS`
 */
export function decideIssue(
  state: IssueState,
  command: IssueCommand,
  context: EntityContext,
): Decision<IssueEvent, IssueReply> {
  const at = context.now;
  if (command.type === 'create') {
    if (state.created) throw new CommandRejectedError('ALREADY_EXISTS', `issue ${context.id} exists already`);
    const { title, body, column, createdBy } = command;
    const event: IssueEvent = { type: 'created', title, body, column, createdBy, at };
    return { events: [event], reply: evolveIssue(state, event) };
  }
  if (!state.created) throw new NotFoundError(`no issue ${context.id}`, { what: 'issue', id: context.id });
  const apply = (event: IssueEvent): Decision<IssueEvent, IssueReply> => ({
    events: [event],
    reply: evolveIssue(state, event),
  });
  switch (command.type) {
    case 'get':
      return { events: [], reply: state };
    case 'move':
      if (state.column === command.column) return { events: [], reply: state };
      return apply({ type: 'moved', from: state.column, column: command.column, at });
    case 'assign':
      return apply({ type: 'assigned', accountIds: command.accountIds, at });
    case 'label':
      return apply({ type: 'labelled', labels: command.labels, at });
    case 'comment':
      if (state.comments.length >= MAX_COMMENTS)
        throw new CommandRejectedError('TOO_MANY_COMMENTS', `at most ${MAX_COMMENTS} comments`);
      return apply({
        type: 'commented',
        comment: { id: state.comments.length + 1, accountId: command.accountId, text: command.text, at },
      });
    case 'link':
      return state.auditLinks.includes(command.auditSeq)
        ? { events: [], reply: state }
        : apply({ type: 'linked', auditSeq: command.auditSeq, at });
  }
}
