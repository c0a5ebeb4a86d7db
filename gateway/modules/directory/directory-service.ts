/**
 * DirectoryService: an org's LDAP or Active Directory as a way to sign in, and its sync. The
 * directory's settings live in `directory/<org>` (sealed with the org's key); the LDAP talk is
 * ldap-directory.ts; what a directory user becomes is directory-accounts.ts.
 */
import { isNotFound, isRejected, UnavailableError } from '../../../actors/index.js';
import {
  DIRECTORY_SCHEDULE_ID,
  directory,
  directorySchedule,
  MIN_SYNC_INTERVAL_S,
} from '../../../domain/directory/index.js';
import type { DirectoryConfig, DirectoryConnection, DirectoryView } from '../../../domain/directory/index.js';
import { account } from '../../../domain/index.js';
import type { CredentialsReply, Workflow } from '../../../domain/index.js';
import { callerOf } from '../../call-context.js';
import { InvalidArgumentError, PermissionDeniedError, UnauthenticatedError } from '../../errors.js';
import type { UnaryHandler } from '../../pipeline.js';
import { ENTITY_ROLE, PROTO_ROLE } from '../../role-names.js';
import { refuseInactive } from '../../services/auth-service.js';
import { workflowOf } from '../../services/service-parts.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { signInSession } from '../../services/sign-in-session.js';
import { applyDirectoryUser } from './directory-accounts.js';
import { connectionOf, syncDirectory, withDirectory } from './directory-sync.js';
import {
  changePassword,
  checkPassword,
  DirectoryRefusal,
  DirectoryUnreachable,
  findUser,
  rolesOf,
  userByUuid,
} from './ldap-directory.js';

type Request = Record<string, unknown>;

const DEFAULTS = {
  openldap: { userFilter: '(objectClass=inetOrgPerson)', loginAttribute: 'uid', nameAttribute: 'cn' },
  active_directory: {
    userFilter: '(&(objectCategory=person)(objectClass=user))',
    loginAttribute: 'sAMAccountName',
    nameAttribute: 'displayName',
  },
} as const;

export function directoryService(parts: ServiceParts): Record<string, UnaryHandler> {
  const text = (request: Request, name: string) => String(request[name] ?? '');

  /** The org's directory with its secret; NO_DIRECTORY when it has none. */
  async function connectionFor(
    flow: Workflow,
    orgId: string,
    refuse: (message: string) => Error,
  ): Promise<DirectoryConnection> {
    try {
      return await connectionOf(flow, orgId);
    } catch (error) {
      if (isNotFound(error) || isRejected(error, 'NO_DIRECTORY')) {
        throw refuse(`org ${orgId} does not sign in through a directory`);
      }
      throw error;
    }
  }

  return {
    async SetDirectory(request, context) {
      const orgId = text(request, 'orgId');
      const flavor = text(request, 'flavor') as DirectoryConfig['flavor'];
      const defaults = DEFAULTS[flavor];
      const config: DirectoryConfig = {
        flavor,
        url: text(request, 'url'),
        caPem: text(request, 'caPem'),
        bindDn: text(request, 'bindDn'),
        bindPassword: text(request, 'bindPassword'),
        baseDn: text(request, 'baseDn'),
        userFilter: text(request, 'userFilter') || defaults.userFilter,
        loginAttribute: text(request, 'loginAttribute') || defaults.loginAttribute,
        emailAttribute: text(request, 'emailAttribute') || 'mail',
        nameAttribute: text(request, 'nameAttribute') || defaults.nameAttribute,
        groupRoles: ((request['groupRoles'] ?? []) as { groupDn: string; role: string; projectId?: string }[]).map(
          ({ groupDn, role, projectId }) => ({
            groupDn,
            role: ENTITY_ROLE[role]!,
            ...(projectId === undefined || projectId === '' ? {} : { projectId }),
          }),
        ),
        defaultRole: ENTITY_ROLE[text(request, 'defaultRole')],
        syncIntervalS: Number(request['syncIntervalS'] ?? 0),
        passwordWriteBack: request['passwordWriteBack'] === true,
        tlsServerName: text(request, 'tlsServerName'),
      };
      if (config.syncIntervalS > 0 && config.syncIntervalS < MIN_SYNC_INTERVAL_S) {
        throw new InvalidArgumentError(
          'sync_interval_s',
          'min',
          `must be 0 (sync only when asked) or at least ${MIN_SYNC_INTERVAL_S} seconds`,
        );
      }
      if (config.passwordWriteBack && !config.url.startsWith('ldaps://')) {
        throw new InvalidArgumentError(
          'password_write_back',
          'WRITE_BACK_NEEDS_LDAPS',
          'passwords are written back over ldaps:// only: give an ldaps:// URL',
        );
      }
      // A directory that cannot be reached or searched is refused now, not at the first sign-in.
      await withDirectory(config, async (client) =>
        client.search(config.baseDn, { scope: 'base', attributes: ['dn'] }),
      );
      const flow = workflowOf(parts, context);
      await flow.change(directory, orgId, { type: 'configure', config }, { orgId });
      await flow.change(directorySchedule, DIRECTORY_SCHEDULE_ID, {
        type: 'set',
        orgId,
        intervalS: config.syncIntervalS,
      });
      return directoryMessage((await flow.read(directory, orgId, { type: 'get' }, orgId)) as DirectoryView);
    },

    async GetDirectory(request, context) {
      const orgId = text(request, 'orgId');
      return directoryMessage(
        (await workflowOf(parts, context).read(directory, orgId, { type: 'get' }, orgId)) as DirectoryView,
      );
    },

    async RemoveDirectory(request, context) {
      const orgId = text(request, 'orgId');
      const flow = workflowOf(parts, context);
      await flow.change(directory, orgId, { type: 'remove' }, { orgId });
      await flow.change(directorySchedule, DIRECTORY_SCHEDULE_ID, { type: 'set', orgId, intervalS: 0 });
      return {};
    },

    async SyncDirectory(request, context) {
      return { ...(await syncDirectory(workflowOf(parts, context), parts, text(request, 'orgId'))), at: Date.now() };
    },

    async LoginWithDirectory(request, context) {
      const orgId = text(request, 'orgId');
      const flow = workflowOf(parts, context);
      const connection = await connectionFor(
        flow,
        orgId,
        (message) => new UnauthenticatedError(message, 'NO_DIRECTORY'),
      );
      const { config } = connection;
      const accountId = await withDirectory(config, async (client) => {
        const user = await findUser(client, config, text(request, 'username'));
        if (user === undefined) throw new UnauthenticatedError('wrong user name or password', 'BAD_CREDENTIALS');
        await asCall(
          checkPassword(config, user.dn, text(request, 'password')),
          (refusal) => new UnauthenticatedError(refusal.message, refusal.reason),
        );
        const roles = await rolesOf(client, config, user);
        if (roles.org === undefined) {
          throw new PermissionDeniedError(
            `your directory groups give no role in org ${orgId}: ask its admins`,
            'auth.login.directory',
            'NO_DIRECTORY_ROLE',
          );
        }
        const applied = await applyDirectoryUser(flow, parts, orgId, connection, user, roles);
        if (applied.outcome === 'skipped') {
          throw new PermissionDeniedError(
            applied.reason === 'EMAIL_TAKEN'
              ? 'an account with your directory address exists already: Redoubt never joins accounts by address alone (ask an admin)'
              : 'the directory holds no address for you',
            'auth.login.directory',
            applied.reason,
          );
        }
        return applied.accountId;
      });
      const credentials = (await flow.read(account, accountId, { type: 'credentials' })) as CredentialsReply;
      refuseInactive(credentials, 'auth.login.directory');
      await flow.change(directory, orgId, { type: 'signedIn', accountId }, { orgId });
      return signInSession(flow, parts, {
        accountId,
        superadmin: credentials.superadmin,
        device: text(request, 'device'),
        factor: 'ldap',
      });
    },

    async ChangeDirectoryPassword(request, context) {
      const orgId = text(request, 'orgId');
      const { accountId } = callerOf(context);
      const permission = 'account.directory.password';
      const flow = workflowOf(parts, context);
      const { config, users } = await connectionFor(
        flow,
        orgId,
        (message) => new PermissionDeniedError(message, permission, 'NO_DIRECTORY'),
      );
      if (!config.passwordWriteBack) {
        throw new PermissionDeniedError(
          `org ${orgId} does not let directory passwords be changed through Redoubt: change it in the directory`,
          permission,
          'WRITE_BACK_OFF',
        );
      }
      const uuid = Object.keys(users).find((id) => users[id]!.accountId === accountId && users[id]!.active);
      if (uuid === undefined) {
        throw new PermissionDeniedError(
          `your account is not one of org ${orgId}'s directory users`,
          permission,
          'NOT_DIRECTORY_ACCOUNT',
        );
      }
      const dn = await withDirectory(config, async (client) => (await userByUuid(client, config, uuid))?.dn);
      if (dn === undefined) {
        throw new PermissionDeniedError('the directory no longer holds your user', permission, 'NOT_DIRECTORY_ACCOUNT');
      }
      await asCall(
        changePassword(config, dn, text(request, 'currentPassword'), text(request, 'newPassword')),
        (refusal) =>
          refusal.reason === 'PASSWORD_POLICY'
            ? new InvalidArgumentError('new_password', refusal.reason, refusal.message)
            : new PermissionDeniedError(refusal.message, permission, refusal.reason),
      );
      await flow.change(directory, orgId, { type: 'passwordWrittenBack', accountId }, { orgId });
      return {};
    },
  };
}

/** Directory refusals as `refuse` says, unreachable directories as UNAVAILABLE. */
async function asCall<T>(work: Promise<T>, refuse: (refusal: DirectoryRefusal) => Error): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DirectoryRefusal) throw refuse(error);
    if (error instanceof DirectoryUnreachable) throw new UnavailableError(`the org's directory: ${error.message}`);
    throw error;
  }
}

function directoryMessage(view: DirectoryView): object {
  const { groupRoles, defaultRole, lastSync, ...rest } = view;
  return {
    ...rest,
    groupRoles: groupRoles.map(({ groupDn, role, projectId }) => ({ groupDn, role: PROTO_ROLE[role], projectId })),
    defaultRole: defaultRole === undefined ? 'ROLE_UNSPECIFIED' : PROTO_ROLE[defaultRole],
    lastSync: lastSync === undefined ? undefined : { ...lastSync.stats, at: lastSync.at, error: lastSync.error },
  };
}
