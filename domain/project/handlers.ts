/** Validation and decisions of a project. */
import { fieldsOf, integerField, oneOf, stringField, unknownCommand } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, InvalidCommandError, NotFoundError } from '../../actors/index.js';
import { COLUMN, Format, formatField } from '../../actors/index.js';
import { ROLES } from '../account/index.js';
import type { AssuranceNeed } from '../session/assurance.js';
import type {
  ClassAssurance,
  IssueSummary,
  ProjectCommand,
  ProjectEvent,
  ProjectPolicy,
  ProjectReply,
  ProjectView,
} from './protocol.js';
import { DEFAULT_COLUMNS, MAX_FACTOR_AGE_S, MAX_ISSUES, MEMBER_CLASSES } from './protocol.js';
import { evolveProject } from './state.js';
import type { ProjectState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseProjectCommand(payload: unknown): ProjectCommand {
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
    case 'setPolicy':
      return { type: 'setPolicy', policy: parsePolicy(fields['policy']) };
    case 'configureBoard':
      return { type: 'configureBoard', columns: parseColumns(fields['columns']) };
    case 'openIssue':
      return {
        type: 'openIssue',
        title: stringField(fields, 'title', { max: 200, format: Format.name }),
        column: formatField(fields, 'column', Format.column),
      };
    case 'moveCard':
      return {
        type: 'moveCard',
        number: integerField(fields, 'number', 1, MAX_ISSUES),
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
}

/**
 * A project policy as a command carries it (a project's own, or an org's defaults).
 * @throws InvalidCommandError naming the policy field at fault (`<name>.<flag>`)
 */
export function parsePolicy(value: unknown, name = 'policy'): ProjectPolicy {
  const policy = fieldsOf(value);
  const flag = (key: string): boolean => {
    if (typeof policy[key] !== 'boolean') {
      throw new InvalidCommandError(`${name}.${key} must be a boolean`, { field: `${name}.${key}` });
    }
    return policy[key] as boolean;
  };
  const assurance = policy['assurance'] === undefined ? undefined : parseClassAssurance(policy['assurance'], name);
  return {
    externalsNeedSecondFactor: flag('externalsNeedSecondFactor'),
    externalsMayExport: flag('externalsMayExport'),
    ...(assurance === undefined ? {} : { assurance }),
    ...(policy['smsAllowed'] === true ? { smsAllowed: true } : {}),
  };
}

/** @throws InvalidCommandError naming the field at fault (`policy.assurance.<class>.<field>`) */
function parseClassAssurance(value: unknown, name: string): ClassAssurance | undefined {
  const fields = fieldsOf(value);
  const classes: Record<string, AssuranceNeed> = {};
  for (const memberClass of MEMBER_CLASSES) {
    if (fields[memberClass] === undefined) continue;
    const need = fieldsOf(fields[memberClass]);
    const at = `${name}.assurance.${memberClass}`;
    const whole = (key: string, max: number): number => {
      const value = need[key] ?? 0;
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
        throw new InvalidCommandError(`${at}.${key} must be a whole number from 0 to ${max}`, {
          field: `${at}.${key}`,
        });
      }
      return value;
    };
    const level = whole('level', 2);
    const maxAgeS = whole('maxAgeS', MAX_FACTOR_AGE_S);
    const phishingResistant = need['phishingResistant'] === true;
    if (level === 0 && (phishingResistant || maxAgeS > 0)) {
      throw new InvalidCommandError(`${at}: a factor asked for needs a level`, { field: `${at}.level` });
    }
    if (level > 0) classes[memberClass] = { level, phishingResistant, maxAgeS };
  }
  return Object.keys(classes).length === 0 ? undefined : classes;
}

/** @throws InvalidCommandError naming `name` unless it lists 1 to 20 distinct column names */
function parseColumns(value: unknown, name = 'columns'): string[] {
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

/**
 * Decides what a command does to a project.
 * @throws NotFoundError (`NOT_FOUND`) for any command but `create` before the project exists, and
 *   for `indexIssue` of an issue number the project never gave out
 * @throws CommandRejectedError (`COMMAND_REJECTED`) with reason `ALREADY_EXISTS`,
 *   `COLUMN_IN_USE`, `NO_SUCH_COLUMN` or `TOO_MANY_ISSUES`
 */
export function decideProject(
  state: ProjectState,
  command: ProjectCommand,
  context: EntityContext,
): Decision<ProjectEvent, ProjectReply> {
  const at = context.now;
  if (command.type === 'create') {
    if (state.created) throw new CommandRejectedError('ALREADY_EXISTS', `project ${context.id} exists already`);
    const { name, adminAccountId, columns, policy } = command;
    const event: ProjectEvent = { type: 'created', name, adminAccountId, columns, policy, at };
    return { events: [event], reply: view(evolveProject(state, event)) };
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
      return { events: [event], reply: view(evolveProject(state, event)) };
    }
    case 'configureBoard': {
      const used = new Set(Object.values(state.issues).map((issue) => issue.column));
      const dropped = [...used].filter((column) => !command.columns.includes(column));
      if (dropped.length > 0) {
        throw new CommandRejectedError('COLUMN_IN_USE', `issues still stand in ${dropped.join(', ')}: move them first`);
      }
      const event: ProjectEvent = { type: 'boardConfigured', columns: command.columns, at };
      return { events: [event], reply: view(evolveProject(state, event)) };
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
      indexedCard(state, command.issue.number, context.id);
      if (!state.columns.includes(command.issue.column)) throw columnError(command.issue.column, state.columns);
      return { events: [{ type: 'issueIndexed', issue: command.issue, at }], reply: { ok: true } };
    }
    case 'moveCard': {
      const card = indexedCard(state, command.number, context.id);
      if (!state.columns.includes(command.column)) throw columnError(command.column, state.columns);
      if (card.column === command.column) return { events: [], reply: { ok: true } };
      return {
        events: [{ type: 'issueIndexed', issue: { ...card, column: command.column }, at }],
        reply: { ok: true },
      };
    }
    case 'issues':
      return { events: [], reply: { issues: Object.values(state.issues) } };
  }
}

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

/** The card of an issue the project numbered. @throws NotFoundError for a number it never gave out */
function indexedCard(state: ProjectState, number: number, projectId: string): IssueSummary {
  const card = state.issues[number];
  if (card === undefined)
    throw new NotFoundError(`no issue ${number}`, { what: 'issue', id: `${projectId}/${number}` });
  return card;
}

function columnError(column: string, columns: readonly string[]): CommandRejectedError {
  return new CommandRejectedError(
    'NO_SUCH_COLUMN',
    `the board has no column "${column}"; columns: ${columns.join(', ')}`,
  );
}
