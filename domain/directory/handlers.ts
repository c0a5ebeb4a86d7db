/** What an org's directory accepts, and how it decides. */
import {
  CommandRejectedError,
  fieldsOf,
  Format,
  formatField,
  integerField,
  InvalidCommandError,
  oneOf,
  stringField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { ROLES } from '../account/protocol.js';
import type {
  DirectoryCommand,
  DirectoryConfig,
  DirectoryEvent,
  DirectoryReply,
  DirectoryState,
  GroupRole,
  SyncStats,
} from './protocol.js';
import { FLAVORS, MAX_LINKED_USERS, MIN_SYNC_INTERVAL_S } from './protocol.js';

/** An LDAP distinguished name: printable, no control characters. */
const DN = /^[^\p{Cc}]{3,1024}$/u;
/** An LDAP filter in parentheses. */
const FILTER = /^\([^\p{Cc}]{1,1022}\)$/u;
const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
/** A directory's own id of a user: entryUUID or objectGUID, as text. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A sync cursor: a generalized time (OpenLDAP) or a uSN (AD). */
const CURSOR = /^[0-9A-Za-z.+-]{0,40}$/;
const MAX_GROUP_ROLES = 100;
/** A DNS name (the TLS server name), or '' for none. */
const HOST_NAME = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)?$/;

export function parseDirectoryCommand(payload: unknown): DirectoryCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'configure':
      return { type: 'configure', config: parseConfig(fieldsOf(fields['config'])) };
    case 'remove':
    case 'get':
    case 'connection':
    case 'claimSync':
      return { type: fields['type'] };
    case 'passwordWrittenBack':
    case 'signedIn':
      return { type: fields['type'], accountId: formatField(fields, 'accountId', Format.accountId) };
    case 'link':
      return {
        type: 'link',
        uuid: stringField(fields, 'uuid', { min: 36, max: 36, pattern: UUID }),
        accountId: formatField(fields, 'accountId', Format.accountId),
        active: fields['active'] === true,
      };
    case 'synced':
      return {
        type: 'synced',
        from: stringField(fields, 'from', { min: 0, max: 40, pattern: CURSOR }),
        to: stringField(fields, 'to', { min: 0, max: 40, pattern: CURSOR }),
        stats: parseStats(fieldsOf(fields['stats'])),
        error: stringField(fields, 'error', { min: 0, max: 500 }),
      };
    default:
      throw unknownCommand('directory', fields);
  }
}

function parseConfig(fields: Record<string, unknown>): DirectoryConfig {
  const url = stringField(fields, 'url', { max: 300, pattern: /^ldaps?:\/\/[A-Za-z0-9.:[\]-]+(:[0-9]{1,5})?\/?$/ });
  const groupRoles = fields['groupRoles'];
  if (!Array.isArray(groupRoles) || groupRoles.length > MAX_GROUP_ROLES) {
    throw new InvalidCommandError(`config.groupRoles must be a list of at most ${MAX_GROUP_ROLES}`, {
      field: 'groupRoles',
    });
  }
  const syncIntervalS = integerField(fields, 'syncIntervalS', 0, 86_400);
  if (syncIntervalS > 0 && syncIntervalS < MIN_SYNC_INTERVAL_S) {
    throw new InvalidCommandError(`config.syncIntervalS must be 0 or at least ${MIN_SYNC_INTERVAL_S}`, {
      field: 'syncIntervalS',
    });
  }
  const passwordWriteBack = fields['passwordWriteBack'] === true;
  if (passwordWriteBack && !url.startsWith('ldaps://')) {
    throw new InvalidCommandError('password write-back needs an ldaps:// URL', { field: 'passwordWriteBack' });
  }
  return {
    flavor: oneOf(fields, 'flavor', FLAVORS),
    url,
    caPem: stringField(fields, 'caPem', { min: 0, max: 20_000 }),
    bindDn: stringField(fields, 'bindDn', { max: 1024, pattern: DN }),
    bindPassword: stringField(fields, 'bindPassword', { max: 256 }),
    baseDn: stringField(fields, 'baseDn', { max: 1024, pattern: DN }),
    userFilter: stringField(fields, 'userFilter', { max: 1024, pattern: FILTER }),
    loginAttribute: stringField(fields, 'loginAttribute', { max: 64, pattern: ATTRIBUTE }),
    emailAttribute: stringField(fields, 'emailAttribute', { max: 64, pattern: ATTRIBUTE }),
    nameAttribute: stringField(fields, 'nameAttribute', { max: 64, pattern: ATTRIBUTE }),
    groupRoles: groupRoles.map((entry): GroupRole => {
      const role = fieldsOf(entry);
      return {
        groupDn: stringField(role, 'groupDn', { max: 1024, pattern: DN }),
        role: oneOf(role, 'role', ROLES),
        ...(role['projectId'] === undefined || role['projectId'] === ''
          ? {}
          : { projectId: formatField(role, 'projectId', Format.projectId) }),
      };
    }),
    defaultRole: fields['defaultRole'] === undefined ? undefined : oneOf(fields, 'defaultRole', ROLES),
    syncIntervalS,
    passwordWriteBack,
    tlsServerName: stringField(fields, 'tlsServerName', { min: 0, max: 253, pattern: HOST_NAME }),
  };
}

function parseStats(fields: Record<string, unknown>): SyncStats {
  const count = (name: string) => integerField(fields, name, 0, MAX_LINKED_USERS * 2);
  return {
    created: count('created'),
    updated: count('updated'),
    deactivated: count('deactivated'),
    reactivated: count('reactivated'),
  };
}

export function decideDirectory(
  state: DirectoryState,
  command: DirectoryCommand,
  context: EntityContext,
): Decision<DirectoryEvent, DirectoryReply> {
  const at = context.now;
  const ok = { ok: true } as const;
  if (command.type === 'configure') return { events: [{ type: 'configured', config: command.config, at }], reply: ok };
  const config = state.config;
  if (config === undefined) {
    throw new CommandRejectedError('NO_DIRECTORY', `org ${context.id} has no directory: set one first (SetDirectory)`);
  }
  switch (command.type) {
    case 'remove':
      return { events: [{ type: 'removed', at }], reply: ok };
    case 'get': {
      const { bindPassword: _secret, ...shown } = config;
      const users = Object.values(state.users);
      return {
        events: [],
        reply: {
          ...shown,
          orgId: context.id,
          linkedUsers: users.length,
          activeUsers: users.filter((user) => user.active).length,
          lastSync: state.lastSync,
          configuredAt: state.configuredAt,
        },
      };
    }
    case 'connection':
      return { events: [], reply: { config, cursor: state.cursor, users: state.users } };
    case 'passwordWrittenBack':
    case 'signedIn': {
      const linked = Object.values(state.users).some((user) => user.accountId === command.accountId && user.active);
      if (!linked) throw new CommandRejectedError('NOT_DIRECTORY_ACCOUNT', 'that account is no active directory user');
      return { events: [{ type: command.type, accountId: command.accountId, at }], reply: ok };
    }
    case 'claimSync': {
      const intervalMs = config.syncIntervalS * 1000;
      const since = Math.max(state.lastSync?.at ?? state.configuredAt, state.syncClaimedAt);
      if (intervalMs === 0 || at < since + intervalMs) return { events: [], reply: { due: false } };
      return { events: [{ type: 'syncClaimed', at }], reply: { due: true } };
    }
    case 'link': {
      const known = state.users[command.uuid];
      if (known !== undefined && known.accountId !== command.accountId) {
        throw new CommandRejectedError('ALREADY_EXISTS', 'that directory user is linked to another account');
      }
      if (known?.active === command.active) return { events: [], reply: ok };
      if (known === undefined && Object.keys(state.users).length >= MAX_LINKED_USERS) {
        throw new CommandRejectedError('TOO_MANY_USERS', `a directory links at most ${MAX_LINKED_USERS} users`);
      }
      const { uuid, accountId, active } = command;
      return { events: [{ type: 'linked', uuid, accountId, active, at }], reply: ok };
    }
    case 'synced':
      if (command.from !== state.cursor) {
        throw new CommandRejectedError('SYNC_RACED', 'another sync moved the cursor meanwhile: it did this work');
      }
      return {
        events: [{ type: 'synced', to: command.to, stats: command.stats, error: command.error, at }],
        reply: ok,
      };
  }
}
