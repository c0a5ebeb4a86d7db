/**
 * A project of an org: `project/<org>/<project>`, its members (internal or external, with a
 * role), its policy for externals, its kanban board's columns and the index of its issues.
 * Sealed with the org's key.
 */
import { ANY_ORIGIN, fieldsOf, integerField, oneOf, stringField, unknownCommand } from '../../actors/index.js';
import { defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, InvalidCommandError, NotFoundError } from '../../actors/index.js';
import { COLUMN, Format, formatField } from '../../actors/index.js';
import { ROLES } from '../account/index.js';
import type { OrgRole } from '../account/index.js';

export interface ProjectPolicy {
  /** External members must have signed in with a second factor (WebAuthn or TOTP). */
  readonly externalsNeedSecondFactor: boolean;
  /** External members may export the project's issues. */
  readonly externalsMayExport: boolean;
}

export interface ProjectMember {
  readonly role: OrgRole;
  readonly external: boolean;
  readonly since: number;
}

export interface IssueSummary {
  readonly number: number;
  readonly title: string;
  readonly column: string;
}

export type ProjectCommand =
  | {
      readonly type: 'create';
      readonly name: string;
      readonly adminAccountId: string;
      readonly columns: readonly string[];
      /** The policy it starts with (the org's defaults). */
      readonly policy: ProjectPolicy;
    }
  | { readonly type: 'get' }
  | { readonly type: 'roleOf'; readonly accountId: string }
  | { readonly type: 'addMember'; readonly accountId: string; readonly role: OrgRole; readonly external: boolean }
  | { readonly type: 'removeMember'; readonly accountId: string }
  | { readonly type: 'setPolicy'; readonly policy: ProjectPolicy }
  | { readonly type: 'configureBoard'; readonly columns: readonly string[] }
  /** Takes the next issue number and indexes the new issue. */
  | { readonly type: 'openIssue'; readonly title: string; readonly column: string }
  | { readonly type: 'indexIssue'; readonly issue: IssueSummary }
  | { readonly type: 'issues' };

export type ProjectEvent =
  | {
      readonly type: 'created';
      readonly name: string;
      readonly adminAccountId: string;
      readonly columns: readonly string[];
      readonly policy: ProjectPolicy;
      readonly at: number;
    }
  | {
      readonly type: 'memberSet';
      readonly accountId: string;
      readonly role: OrgRole;
      readonly external: boolean;
      readonly at: number;
    }
  | { readonly type: 'memberRemoved'; readonly accountId: string; readonly at: number }
  | { readonly type: 'policySet'; readonly policy: ProjectPolicy; readonly at: number }
  | { readonly type: 'boardConfigured'; readonly columns: readonly string[]; readonly at: number }
  | { readonly type: 'issueIndexed'; readonly issue: IssueSummary; readonly at: number };

export interface ProjectState {
  readonly created: boolean;
  readonly name: string;
  readonly createdAt: number;
  readonly members: Readonly<Record<string, ProjectMember>>;
  readonly policy: ProjectPolicy;
  readonly columns: readonly string[];
  readonly issues: Readonly<Record<string, IssueSummary>>;
}

export interface ProjectView {
  readonly name: string;
  readonly createdAt: number;
  readonly policy: ProjectPolicy;
  readonly columns: readonly string[];
  readonly memberCount: number;
  readonly issueCount: number;
}

export type ProjectReply =
  | ProjectView
  | { readonly role: OrgRole | null; readonly external: boolean; readonly policy: ProjectPolicy }
  | { readonly number: number }
  | { readonly issues: readonly IssueSummary[] }
  | { readonly ok: true };

export const DEFAULT_COLUMNS = ['backlog', 'doing', 'review', 'done'] as const;
export const MAX_ISSUES = 50_000;

function view(state: ProjectState): ProjectView {
  const { name, createdAt, policy, columns } = state;
  return {
    name,
    createdAt,
    policy,
    columns,
    memberCount: Object.keys(state.members).length,
    issueCount: Object.keys(state.issues).length,
  };
}

function decide(
  state: ProjectState,
  command: ProjectCommand,
  context: EntityContext,
): Decision<ProjectEvent, ProjectReply> {
  const at = context.now;
  if (command.type === 'create') {
    if (state.created) throw new CommandRejectedError('ALREADY_EXISTS', `project ${context.id} exists already`);
    const { name, adminAccountId, columns, policy } = command;
    const event: ProjectEvent = { type: 'created', name, adminAccountId, columns, policy, at };
    return { events: [event], reply: view(evolve(state, event)) };
  }
  if (!state.created) throw new NotFoundError(`no project ${context.id}`, { what: 'project', id: context.id });
  switch (command.type) {
    case 'get':
      return { events: [], reply: view(state) };
    case 'roleOf': {
      const member = state.members[command.accountId];
      return {
        events: [],
        reply: { role: member?.role ?? null, external: member?.external ?? false, policy: state.policy },
      };
    }
    case 'addMember': {
      const event: ProjectEvent = {
        type: 'memberSet',
        accountId: command.accountId,
        role: command.role,
        external: command.external,
        at,
      };
      return { events: [event], reply: { ok: true } };
    }
    case 'removeMember':
      return state.members[command.accountId] === undefined
        ? { events: [], reply: { ok: true } }
        : { events: [{ type: 'memberRemoved', accountId: command.accountId, at }], reply: { ok: true } };
    case 'setPolicy': {
      const event: ProjectEvent = { type: 'policySet', policy: command.policy, at };
      return { events: [event], reply: view(evolve(state, event)) };
    }
    case 'configureBoard': {
      const used = new Set(Object.values(state.issues).map((issue) => issue.column));
      const dropped = [...used].filter((column) => !command.columns.includes(column));
      if (dropped.length > 0) {
        throw new CommandRejectedError('COLUMN_IN_USE', `issues still stand in ${dropped.join(', ')}: move them first`);
      }
      const event: ProjectEvent = { type: 'boardConfigured', columns: command.columns, at };
      return { events: [event], reply: view(evolve(state, event)) };
    }
    case 'openIssue': {
      if (!state.columns.includes(command.column)) throw columnError(command.column, state.columns);
      const count = Object.keys(state.issues).length;
      if (count >= MAX_ISSUES)
        throw new CommandRejectedError('TOO_MANY_ISSUES', `a project holds at most ${MAX_ISSUES} issues`);
      const number = count + 1;
      return {
        events: [{ type: 'issueIndexed', issue: { number, title: command.title, column: command.column }, at }],
        reply: { number },
      };
    }
    case 'indexIssue': {
      if (state.issues[command.issue.number] === undefined)
        throw new NotFoundError(`no issue ${command.issue.number}`, {
          what: 'issue',
          id: `${context.id}/${command.issue.number}`,
        });
      if (!state.columns.includes(command.issue.column)) throw columnError(command.issue.column, state.columns);
      return { events: [{ type: 'issueIndexed', issue: command.issue, at }], reply: { ok: true } };
    }
    case 'issues':
      return { events: [], reply: { issues: Object.values(state.issues) } };
  }
}

function columnError(column: string, columns: readonly string[]): CommandRejectedError {
  return new CommandRejectedError(
    'NO_SUCH_COLUMN',
    `the board has no column "${column}"; columns: ${columns.join(', ')}`,
  );
}

function evolve(state: ProjectState, event: ProjectEvent): ProjectState {
  switch (event.type) {
    case 'created':
      return {
        ...state,
        created: true,
        name: event.name,
        createdAt: event.at,
        columns: event.columns,
        policy: event.policy,
        members: { [event.adminAccountId]: { role: 'admin', external: false, since: event.at } },
      };
    case 'memberSet':
      return {
        ...state,
        members: {
          ...state.members,
          [event.accountId]: {
            role: event.role,
            external: event.external,
            since: state.members[event.accountId]?.since ?? event.at,
          },
        },
      };
    case 'memberRemoved':
      return {
        ...state,
        members: Object.fromEntries(Object.entries(state.members).filter(([id]) => id !== event.accountId)),
      };
    case 'policySet':
      return { ...state, policy: event.policy };
    case 'boardConfigured':
      return { ...state, columns: event.columns };
    case 'issueIndexed':
      return { ...state, issues: { ...state.issues, [event.issue.number]: event.issue } };
  }
}

/** @throws InvalidCommandError naming the policy field at fault */
export function parsePolicy(value: unknown, name = 'policy'): ProjectPolicy {
  const policy = fieldsOf(value);
  const flag = (key: string): boolean => {
    if (typeof policy[key] !== 'boolean') {
      throw new InvalidCommandError(`${name}.${key} must be a boolean`, { field: `${name}.${key}` });
    }
    return policy[key] as boolean;
  };
  return {
    externalsNeedSecondFactor: flag('externalsNeedSecondFactor'),
    externalsMayExport: flag('externalsMayExport'),
  };
}

export function parseColumns(value: unknown, name = 'columns'): string[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > 20) {
    throw new InvalidCommandError(`${name} must list 1 to 20 columns`, { field: name });
  }
  if (
    !value.every((column) => typeof column === 'string' && COLUMN.test(column)) ||
    new Set(value).size !== value.length
  ) {
    throw new InvalidCommandError(`${name}: distinct names of a-z, 0-9, space, _ and -`, { field: name });
  }
  return value as string[];
}

export const project = defineEntity({
  kind: 'project',
  commands: {
    create: ANY_ORIGIN,
    get: ANY_ORIGIN,
    roleOf: ANY_ORIGIN,
    addMember: ANY_ORIGIN,
    removeMember: ANY_ORIGIN,
    setPolicy: ANY_ORIGIN,
    configureBoard: ANY_ORIGIN,
    openIssue: ANY_ORIGIN,
    indexIssue: ANY_ORIGIN,
    issues: ANY_ORIGIN,
  },
  parseCommand(payload: unknown): ProjectCommand {
    const fields = fieldsOf(payload);
    const accountId = () => formatField(fields, 'accountId', Format.accountId);
    switch (fields['type']) {
      case 'create':
        return {
          type: 'create',
          name: stringField(fields, 'name', { max: 200, format: Format.name }),
          adminAccountId: formatField(fields, 'adminAccountId', Format.accountId),
          columns: fields['columns'] === undefined ? [...DEFAULT_COLUMNS] : parseColumns(fields['columns']),
          policy: parsePolicy(fields['policy']),
        };
      case 'get':
      case 'issues':
        return { type: fields['type'] };
      case 'roleOf':
        return { type: 'roleOf', accountId: accountId() };
      case 'addMember':
        if (typeof fields['external'] !== 'boolean')
          throw new InvalidCommandError('external must be a boolean', { field: 'external' });
        return {
          type: 'addMember',
          accountId: accountId(),
          role: oneOf(fields, 'role', ROLES),
          external: fields['external'],
        };
      case 'removeMember':
        return { type: 'removeMember', accountId: accountId() };
      case 'setPolicy': {
        const policy = fieldsOf(fields['policy']);
        const flag = (name: string): boolean => {
          if (typeof policy[name] !== 'boolean')
            throw new InvalidCommandError(`policy.${name} must be a boolean`, { field: `policy.${name}` });
          return policy[name] as boolean;
        };
        return {
          type: 'setPolicy',
          policy: {
            externalsNeedSecondFactor: flag('externalsNeedSecondFactor'),
            externalsMayExport: flag('externalsMayExport'),
          },
        };
      }
      case 'configureBoard':
        return { type: 'configureBoard', columns: parseColumns(fields['columns']) };
      case 'openIssue':
        return {
          type: 'openIssue',
          title: stringField(fields, 'title', { max: 200, format: Format.name }),
          column: formatField(fields, 'column', Format.column),
        };
      case 'indexIssue': {
        const issue = fieldsOf(fields['issue']);
        return {
          type: 'indexIssue',
          issue: {
            number: integerField(issue, 'number', 1, MAX_ISSUES),
            title: stringField(issue, 'title', { max: 200, format: Format.name }),
            column: formatField(issue, 'column', Format.column),
          },
        };
      }
      default:
        throw unknownCommand('project', fields);
    }
  },
  initialState: (): ProjectState => ({
    created: false,
    name: '',
    createdAt: 0,
    members: {},
    policy: { externalsNeedSecondFactor: false, externalsMayExport: true },
    columns: [...DEFAULT_COLUMNS],
    issues: {},
  }),
  decide,
  evolve,
  snapshotEvery: 50,
  keyScope: (id) => id.slice(0, id.indexOf('/')),
});
