/**
 * DirectoryService: an org's LDAP or Active Directory as a way to sign in, and its sync. The
 * directory's settings live in `directory/<org>` (sealed with the org's key); the LDAP talk is
 * ldap-directory.ts; what a directory user becomes is directory-accounts.ts.
 */
import { CommandRejectedError, isNotFound, UnavailableError } from '../../../actors/index.js';
import { directory } from '../../../domain/directory/index.js';
import type {
  DirectoryConfig,
  DirectoryConnection,
  DirectoryView,
  SyncStats,
} from '../../../domain/directory/index.js';
import { account, openSession } from '../../../domain/index.js';
import type { CredentialsReply, Workflow } from '../../../domain/index.js';
import type { CallContext } from '../../call-context.js';
import { PermissionDeniedError, UnauthenticatedError } from '../../errors.js';
import type { UnaryHandler } from '../../pipeline.js';
import { ENTITY_ROLE, PROTO_ROLE } from '../../role-names.js';
import { refuseInactive } from '../../services/auth-service.js';
import { workflowOf } from '../../services/service-parts.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { sessionTokens } from '../../services/session-tokens.js';
import { applyDirectoryUser, deactivateDirectoryUser } from './directory-accounts.js';
import {
  allUsers,
  changedUsers,
  checkPassword,
  DirectoryRefusal,
  DirectoryUnreachable,
  findUser,
  roleOf,
  serviceClient,
} from './ldap-directory.js';

type Request = Record<string, unknown>;

const DEFAULT_SESSION_LIFETIME_MS = 30 * 24 * 3_600_000;
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

  async function connectionOf(flow: Workflow, orgId: string): Promise<DirectoryConnection> {
    return (await flow.read(directory, orgId, { type: 'connection' }, orgId)) as DirectoryConnection;
  }

  /** Runs `work` with the service account bound; directory failures become UNAVAILABLE with what to check. */
  async function withDirectory<T>(
    config: DirectoryConfig,
    work: (client: Awaited<ReturnType<typeof serviceClient>>) => Promise<T>,
  ): Promise<T> {
    let client;
    try {
      client = await serviceClient(config);
    } catch (error) {
      if (error instanceof DirectoryUnreachable) throw new UnavailableError(`the org's directory: ${error.message}`);
      throw error;
    }
    try {
      return await work(client);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  /** One incremental sync of the org's directory. */
  async function sync(context: CallContext, orgId: string): Promise<SyncStats & { error: string }> {
    const flow = workflowOf(parts, context);
    const connection = await connectionOf(flow, orgId);
    const stats = { created: 0, updated: 0, deactivated: 0, reactivated: 0 };
    let next = connection.cursor;
    let error = '';
    try {
      await withDirectory(connection.config, async (client) => {
        const changed = await changedUsers(client, connection.config, connection.cursor);
        for (const user of changed.users) {
          const applied = await applyDirectoryUser(
            flow,
            parts,
            orgId,
            connection,
            user,
            await roleOf(client, connection.config, user),
          );
          if (applied.outcome !== 'skipped' && applied.outcome !== 'unchanged') stats[applied.outcome] += 1;
        }
        // Removals leave no trace in an incremental listing: what is linked but gone, goes.
        const present = await allUsers(client, connection.config);
        for (const [uuid, linked] of Object.entries(connection.users)) {
          const user = present.get(uuid);
          if (linked.active && (user === undefined || !user.enabled)) {
            await deactivateDirectoryUser(flow, orgId, uuid, linked.accountId);
            stats.deactivated += 1;
          }
        }
        next = changed.cursor;
      });
    } catch (failure) {
      if (!(failure instanceof UnavailableError)) throw failure;
      error = failure.message.slice(0, 500);
    }
    await flow.change(directory, orgId, { type: 'synced', from: connection.cursor, to: next, stats, error }, { orgId });
    return { ...stats, error };
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
        groupRoles: ((request['groupRoles'] ?? []) as { groupDn: string; role: string }[]).map(({ groupDn, role }) => ({
          groupDn,
          role: ENTITY_ROLE[role]!,
        })),
        defaultRole: ENTITY_ROLE[text(request, 'defaultRole')],
        syncIntervalS: Number(request['syncIntervalS'] ?? 0),
        passwordWriteBack: false,
      };
      // A directory that cannot be reached or searched is refused now, not at the first sign-in.
      await withDirectory(config, async (client) =>
        client.search(config.baseDn, { scope: 'base', attributes: ['dn'] }),
      );
      const flow = workflowOf(parts, context);
      await flow.change(directory, orgId, { type: 'configure', config }, { orgId });
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
      await workflowOf(parts, context).change(directory, orgId, { type: 'remove' }, { orgId });
      return {};
    },

    async SyncDirectory(request, context) {
      return { ...(await sync(context, text(request, 'orgId'))), at: Date.now() };
    },

    async LoginWithDirectory(request, context) {
      const orgId = text(request, 'orgId');
      const flow = workflowOf(parts, context);
      let connection: DirectoryConnection;
      try {
        connection = await connectionOf(flow, orgId);
      } catch (error) {
        if (
          isNotFound(error) ||
          (error instanceof CommandRejectedError && error.details?.['reason'] === 'NO_DIRECTORY')
        ) {
          throw new UnauthenticatedError(`org ${orgId} does not sign in through a directory`, 'NO_DIRECTORY');
        }
        throw error;
      }
      const { config } = connection;
      const accountId = await withDirectory(config, async (client) => {
        const user = await findUser(client, config, text(request, 'username'));
        if (user === undefined) throw new UnauthenticatedError('wrong user name or password', 'BAD_CREDENTIALS');
        try {
          await checkPassword(config, user.dn, text(request, 'password'));
        } catch (error) {
          if (error instanceof DirectoryRefusal) throw new UnauthenticatedError(error.message, error.reason);
          if (error instanceof DirectoryUnreachable)
            throw new UnavailableError(`the org's directory: ${error.message}`);
          throw error;
        }
        const role = await roleOf(client, config, user);
        if (role === undefined) {
          throw new PermissionDeniedError(
            `your directory groups give no role in org ${orgId}: ask its admins`,
            'auth.login.directory',
            'NO_DIRECTORY_ROLE',
          );
        }
        const applied = await applyDirectoryUser(flow, parts, orgId, connection, user, role);
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
      const { sessionId, refreshToken, factors } = await openSession(flow, {
        accountId,
        device: text(request, 'device'),
        expiresAt: Date.now() + (parts.sessionLifetimeMs ?? DEFAULT_SESSION_LIFETIME_MS),
        factor: 'ldap',
      });
      return sessionTokens(
        parts.tokens,
        { accountId, sessionId, superadmin: credentials.superadmin, factors },
        refreshToken,
      );
    },
  };
}

function directoryMessage(view: DirectoryView): object {
  const { groupRoles, defaultRole, lastSync, ...rest } = view;
  return {
    ...rest,
    groupRoles: groupRoles.map(({ groupDn, role }) => ({ groupDn, role: PROTO_ROLE[role] })),
    defaultRole: defaultRole === undefined ? 'ROLE_UNSPECIFIED' : PROTO_ROLE[defaultRole],
    lastSync: lastSync === undefined ? undefined : { ...lastSync.stats, at: lastSync.at, error: lastSync.error },
  };
}
