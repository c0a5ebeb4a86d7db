/** Validation and decisions of an org. */
import { fieldsOf, oneOf, stringField, unknownCommand } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, NotFoundError } from '../../actors/index.js';
import { Format, formatField } from '../../actors/index.js';
import { ROLES } from '../account/index.js';
import { parsePolicy } from '../project/index.js';
import type { OrgCommand, OrgEvent, OrgReply, OrgView } from './protocol.js';
import { MAX_MEMBERS, MAX_PROJECTS } from './protocol.js';
import { evolveOrg } from './state.js';
import type { OrgState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseOrgCommand(payload: unknown): OrgCommand {
  const fields = fieldsOf(payload);
  const accountId = () => formatField(fields, 'accountId', Format.accountId);
  switch (fields['type']) {
    case 'create':
      return {
        type: 'create',
        name: stringField(fields, 'name', { max: 200, format: Format.name }),
        homeRegion: formatField(fields, 'homeRegion', Format.region),
        adminAccountId: formatField(fields, 'adminAccountId', Format.accountId),
      };
    case 'get':
    case 'members':
    case 'projects':
      return { type: fields['type'] };
    case 'configure':
      return { type: 'configure', projectDefaults: parsePolicy(fields['projectDefaults'], 'projectDefaults') };
    case 'addProject':
      return {
        type: 'addProject',
        projectId: formatField(fields, 'projectId', Format.projectId),
        name: stringField(fields, 'name', { max: 200, format: Format.name }),
      };
    case 'roleOf':
      return { type: 'roleOf', accountId: accountId() };
    case 'addMember':
      return { type: 'addMember', accountId: accountId(), role: oneOf(fields, 'role', ROLES) };
    case 'removeMember':
      return { type: 'removeMember', accountId: accountId() };
    case 'rename':
      return { type: 'rename', name: stringField(fields, 'name', { max: 200, format: Format.name }) };
    default:
      throw unknownCommand('org', fields);
  }
}

/**
 * Decides what a command does to an org.
 * @throws NotFoundError (`NOT_FOUND`) for any command but `create` before the org exists
 * @throws CommandRejectedError (`COMMAND_REJECTED`) with reason `ALREADY_EXISTS`, `LAST_ADMIN`,
 *   `TOO_MANY_MEMBERS` or `TOO_MANY_PROJECTS`
 */
export function decideOrg(state: OrgState, command: OrgCommand, context: EntityContext): Decision<OrgEvent, OrgReply> {
  const at = context.now;
  if (command.type === 'create') {
    if (state.created) throw new CommandRejectedError('ALREADY_EXISTS', `org ${context.id} exists already`);
    const { name, homeRegion, adminAccountId } = command;
    const event: OrgEvent = { type: 'created', name, homeRegion, adminAccountId, at };
    return { events: [event], reply: view(evolveOrg(state, event), context.id) };
  }
  if (!state.created) throw new NotFoundError(`no org ${context.id}`, { what: 'org', id: context.id });
  switch (command.type) {
    case 'get':
      return { events: [], reply: view(state, context.id) };
    case 'roleOf':
      return { events: [], reply: { role: state.members[command.accountId]?.role ?? null } };
    case 'members':
      return {
        events: [],
        reply: { members: Object.entries(state.members).map(([accountId, member]) => ({ accountId, ...member })) },
      };
    case 'addMember': {
      const current = state.members[command.accountId];
      if (current?.role === command.role) return { events: [], reply: { ok: true } };
      if (current === undefined && Object.keys(state.members).length >= MAX_MEMBERS) {
        throw new CommandRejectedError('TOO_MANY_MEMBERS', `an org holds at most ${MAX_MEMBERS} members`);
      }
      if (current?.role === 'admin' && lastAdmin(state, command.accountId)) {
        throw new CommandRejectedError('LAST_ADMIN', 'the last admin of an org cannot be demoted');
      }
      return {
        events: [{ type: 'memberSet', accountId: command.accountId, role: command.role, at }],
        reply: { ok: true },
      };
    }
    case 'removeMember': {
      if (state.members[command.accountId] === undefined) return { events: [], reply: { ok: true } };
      if (lastAdmin(state, command.accountId)) {
        throw new CommandRejectedError('LAST_ADMIN', 'the last admin of an org cannot be removed');
      }
      return { events: [{ type: 'memberRemoved', accountId: command.accountId, at }], reply: { ok: true } };
    }
    case 'rename': {
      const event: OrgEvent = { type: 'renamed', name: command.name, at };
      return { events: [event], reply: view(evolveOrg(state, event), context.id) };
    }
    case 'addProject':
      if (state.projects[command.projectId] !== undefined) return { events: [], reply: { ok: true } };
      if (Object.keys(state.projects).length >= MAX_PROJECTS) {
        throw new CommandRejectedError('TOO_MANY_PROJECTS', `an org holds at most ${MAX_PROJECTS} projects`);
      }
      return {
        events: [{ type: 'projectAdded', projectId: command.projectId, name: command.name, at }],
        reply: { ok: true },
      };
    case 'configure': {
      const event: OrgEvent = { type: 'configured', projectDefaults: command.projectDefaults, at };
      return { events: [event], reply: view(evolveOrg(state, event), context.id) };
    }
    case 'projects':
      return {
        events: [],
        reply: { projects: Object.entries(state.projects).map(([projectId, entry]) => ({ projectId, ...entry })) },
      };
  }
}

function view(state: OrgState, orgId: string): OrgView {
  const { name, homeRegion, createdAt, projectDefaults } = state;
  return { orgId, name, homeRegion, createdAt, memberCount: Object.keys(state.members).length, projectDefaults };
}

/** Whether `accountId` is the org's only admin. */
function lastAdmin(state: OrgState, accountId: string): boolean {
  const admins = Object.entries(state.members).filter(([, member]) => member.role === 'admin');
  return admins.length === 1 && admins[0]![0] === accountId;
}
