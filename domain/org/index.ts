/**
 * An org: `org/<org id>`, its name, home region and members with their roles. Its data is sealed
 * with the org's own data key, so shredding the org's keys makes it unreadable.
 */
import { ANY_ORIGIN, fieldsOf, oneOf, stringField, unknownCommand } from '../../actors/index.js';
import { defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, NotFoundError } from '../../actors/index.js';
import { Format, formatField } from '../../actors/index.js';
import { ROLES } from '../account/index.js';
import type { OrgRole } from '../account/index.js';
import { parsePolicy } from '../project/index.js';
import type { ProjectPolicy } from '../project/index.js';

export type OrgCommand =
  | { readonly type: 'create'; readonly name: string; readonly homeRegion: string; readonly adminAccountId: string }
  | { readonly type: 'get' }
  | { readonly type: 'roleOf'; readonly accountId: string }
  | { readonly type: 'members' }
  | { readonly type: 'addMember'; readonly accountId: string; readonly role: OrgRole }
  | { readonly type: 'removeMember'; readonly accountId: string }
  | { readonly type: 'rename'; readonly name: string }
  | { readonly type: 'addProject'; readonly projectId: string; readonly name: string }
  /** Sets the org's settings: the policy new projects start with. */
  | { readonly type: 'configure'; readonly projectDefaults: ProjectPolicy }
  | { readonly type: 'projects' };

export type OrgEvent =
  | {
      readonly type: 'created';
      readonly name: string;
      readonly homeRegion: string;
      readonly adminAccountId: string;
      readonly at: number;
    }
  | { readonly type: 'memberSet'; readonly accountId: string; readonly role: OrgRole; readonly at: number }
  | { readonly type: 'memberRemoved'; readonly accountId: string; readonly at: number }
  | { readonly type: 'renamed'; readonly name: string; readonly at: number }
  | { readonly type: 'projectAdded'; readonly projectId: string; readonly name: string; readonly at: number }
  | { readonly type: 'configured'; readonly projectDefaults: ProjectPolicy; readonly at: number };

export interface OrgMember {
  readonly role: OrgRole;
  readonly since: number;
}

export interface OrgState {
  readonly created: boolean;
  readonly name: string;
  readonly homeRegion: string;
  readonly createdAt: number;
  readonly members: Readonly<Record<string, OrgMember>>;
  /** The org's projects by id: their names and when they were made. */
  readonly projects: Readonly<Record<string, { readonly name: string; readonly createdAt: number }>>;
  /** The policy new projects start with. */
  readonly projectDefaults: ProjectPolicy;
}

export interface OrgView {
  readonly orgId: string;
  readonly name: string;
  readonly homeRegion: string;
  readonly createdAt: number;
  readonly memberCount: number;
  readonly projectDefaults: ProjectPolicy;
}

/** New projects let externals export and ask no second factor unless the org says otherwise. */
export const DEFAULT_PROJECT_POLICY: ProjectPolicy = Object.freeze({
  externalsNeedSecondFactor: false,
  externalsMayExport: true,
});

export type OrgReply =
  | OrgView
  | { readonly role: OrgRole | null }
  | { readonly members: readonly (OrgMember & { readonly accountId: string })[] }
  | { readonly projects: readonly { readonly projectId: string; readonly name: string; readonly createdAt: number }[] }
  | { readonly ok: true };

/** Most members an org holds in this entity. */
export const MAX_MEMBERS = 10_000;
export const MAX_PROJECTS = 10_000;

function view(state: OrgState, orgId: string): OrgView {
  const { name, homeRegion, createdAt, projectDefaults } = state;
  return { orgId, name, homeRegion, createdAt, memberCount: Object.keys(state.members).length, projectDefaults };
}

function decide(state: OrgState, command: OrgCommand, context: EntityContext): Decision<OrgEvent, OrgReply> {
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

function lastAdmin(state: OrgState, accountId: string): boolean {
  const admins = Object.entries(state.members).filter(([, member]) => member.role === 'admin');
  return admins.length === 1 && admins[0]![0] === accountId;
}

export function evolveOrg(state: OrgState, event: OrgEvent): OrgState {
  switch (event.type) {
    case 'created':
      return {
        created: true,
        name: event.name,
        homeRegion: event.homeRegion,
        createdAt: event.at,
        members: { [event.adminAccountId]: { role: 'admin', since: event.at } },
        projects: {},
        projectDefaults: DEFAULT_PROJECT_POLICY,
      };
    case 'memberSet':
      return {
        ...state,
        members: {
          ...state.members,
          [event.accountId]: { role: event.role, since: state.members[event.accountId]?.since ?? event.at },
        },
      };
    case 'memberRemoved':
      return {
        ...state,
        members: Object.fromEntries(Object.entries(state.members).filter(([id]) => id !== event.accountId)),
      };
    case 'renamed':
      return { ...state, name: event.name };
    case 'projectAdded':
      return {
        ...state,
        projects: { ...state.projects, [event.projectId]: { name: event.name, createdAt: event.at } },
      };
    case 'configured':
      return { ...state, projectDefaults: event.projectDefaults };
  }
}

export const org = defineEntity({
  kind: 'org',
  commands: {
    create: ANY_ORIGIN,
    get: ANY_ORIGIN,
    members: ANY_ORIGIN,
    roleOf: ANY_ORIGIN,
    addMember: ANY_ORIGIN,
    removeMember: ANY_ORIGIN,
    rename: ANY_ORIGIN,
    configure: ANY_ORIGIN,
    addProject: ANY_ORIGIN,
    projects: ANY_ORIGIN,
  },
  parseCommand(payload: unknown): OrgCommand {
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
  },
  initialState: (): OrgState => ({
    created: false,
    name: '',
    homeRegion: '',
    createdAt: 0,
    members: {},
    projects: {},
    projectDefaults: DEFAULT_PROJECT_POLICY,
  }),
  decide,
  evolve: evolveOrg,
  snapshotEvery: 50,
  // An org's data is sealed with the org's own key.
  keyScope: (id) => id,
});
