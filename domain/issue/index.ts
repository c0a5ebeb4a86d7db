/**
 * An issue of a project's kanban board: `issue/<org>/<project>/<number>`: title, body, the
 * column it stands in, assignees, labels, comments, and links to audit records (the changes it
 * served). Sealed with the org's key.
 */
import { ANY_ORIGIN, fieldsOf, integerField, stringField, unknownCommand } from '../../actors/index.js';
import { ACCOUNT_ID, Format, formatField, LABEL } from '../../actors/index.js';
import { defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, InvalidCommandError, NotFoundError } from '../../actors/index.js';

export interface IssueComment {
  readonly id: number;
  readonly accountId: string;
  readonly text: string;
  readonly at: number;
}

export type IssueCommand =
  | {
      readonly type: 'create';
      readonly title: string;
      readonly body: string;
      readonly column: string;
      readonly createdBy: string;
    }
  | { readonly type: 'get' }
  | { readonly type: 'move'; readonly column: string }
  | { readonly type: 'assign'; readonly accountIds: readonly string[] }
  | { readonly type: 'label'; readonly labels: readonly string[] }
  | { readonly type: 'comment'; readonly accountId: string; readonly text: string }
  | { readonly type: 'link'; readonly auditSeq: number };

export type IssueEvent =
  | {
      readonly type: 'created';
      readonly title: string;
      readonly body: string;
      readonly column: string;
      readonly createdBy: string;
      readonly at: number;
    }
  | { readonly type: 'moved'; readonly from: string; readonly column: string; readonly at: number }
  | { readonly type: 'assigned'; readonly accountIds: readonly string[]; readonly at: number }
  | { readonly type: 'labelled'; readonly labels: readonly string[]; readonly at: number }
  | { readonly type: 'commented'; readonly comment: IssueComment }
  | { readonly type: 'linked'; readonly auditSeq: number; readonly at: number };

export interface IssueState {
  readonly created: boolean;
  readonly title: string;
  readonly body: string;
  readonly column: string;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly assignees: readonly string[];
  readonly labels: readonly string[];
  readonly comments: readonly IssueComment[];
  readonly auditLinks: readonly number[];
}

export type IssueReply = IssueState | { readonly from: string; readonly column: string };

const MAX_COMMENTS = 1000;

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

function decide(state: IssueState, command: IssueCommand, context: EntityContext): Decision<IssueEvent, IssueReply> {
  const at = context.now;
  if (command.type === 'create') {
    if (state.created) throw new CommandRejectedError('ALREADY_EXISTS', `issue ${context.id} exists already`);
    const { title, body, column, createdBy } = command;
    const event: IssueEvent = { type: 'created', title, body, column, createdBy, at };
    return { events: [event], reply: evolve(state, event) };
  }
  if (!state.created) throw new NotFoundError(`no issue ${context.id}`, { what: 'issue', id: context.id });
  const apply = (event: IssueEvent): Decision<IssueEvent, IssueReply> => ({
    events: [event],
    reply: evolve(state, event),
  });
  switch (command.type) {
    case 'get':
      return { events: [], reply: state };
    case 'move':
      if (state.column === command.column) return { events: [], reply: { from: state.column, column: state.column } };
      return {
        events: [{ type: 'moved', from: state.column, column: command.column, at }],
        reply: { from: state.column, column: command.column },
      };
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

function evolve(state: IssueState, event: IssueEvent): IssueState {
  switch (event.type) {
    case 'created':
      return {
        ...state,
        created: true,
        title: event.title,
        body: event.body,
        column: event.column,
        createdBy: event.createdBy,
        createdAt: event.at,
      };
    case 'moved':
      return { ...state, column: event.column };
    case 'assigned':
      return { ...state, assignees: event.accountIds };
    case 'labelled':
      return { ...state, labels: event.labels };
    case 'commented':
      return { ...state, comments: [...state.comments, event.comment] };
    case 'linked':
      return { ...state, auditLinks: [...state.auditLinks, event.auditSeq] };
  }
}

export const issue = defineEntity({
  kind: 'issue',
  commands: {
    create: ANY_ORIGIN,
    get: ANY_ORIGIN,
    move: ANY_ORIGIN,
    assign: ANY_ORIGIN,
    label: ANY_ORIGIN,
    comment: ANY_ORIGIN,
    link: ANY_ORIGIN,
  },
  parseCommand(payload: unknown): IssueCommand {
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
        return { type: 'assign', accountIds: list(fields, 'accountIds', ACCOUNT_ID, 20) };
      case 'label':
        return { type: 'label', labels: list(fields, 'labels', LABEL, 20) };
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
  },
  initialState: (): IssueState => ({
    created: false,
    title: '',
    body: '',
    column: '',
    createdBy: '',
    createdAt: 0,
    assignees: [],
    labels: [],
    comments: [],
    auditLinks: [],
  }),
  decide,
  evolve,
  snapshotEvery: 50,
  keyScope: (id) => id.slice(0, id.indexOf('/')),
});
