/**
 * One incremental sync of an org's directory, as SyncDirectory and the scheduler run it: users
 * changed since the cursor are created or updated (with the role their groups give), users gone
 * or disabled upstream are deactivated, and the entity records the new cursor and what changed.
 * A directory that cannot be reached is recorded as the sync's error, the cursor unmoved.
 */
import { UnavailableError } from '../../../actors/index.js';
import { directory } from '../../../domain/directory/index.js';
import type { DirectoryConfig, DirectoryConnection, SyncStats } from '../../../domain/directory/index.js';
import type { Workflow } from '../../../domain/index.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { applyDirectoryUser, deactivateDirectoryUser } from './directory-accounts.js';
import {
  allUsers,
  changedUsers,
  DirectoryUnreachable,
  groupsChangedSince,
  laterMark,
  mappedGroupMembers,
  rolesFromMembers,
  rolesOf,
  serviceClient,
} from './ldap-directory.js';
import type { DirectoryRoles, DirectoryUser } from './ldap-directory.js';

/** The org's directory with its secret, cursor and linked users. */
export async function connectionOf(flow: Workflow, orgId: string): Promise<DirectoryConnection> {
  return (await flow.read(directory, orgId, { type: 'connection' }, orgId)) as DirectoryConnection;
}

/** Runs `work` with the service account bound; directory failures become UNAVAILABLE with what to check. */
export async function withDirectory<T>(
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

export async function syncDirectory(
  flow: Workflow,
  parts: ServiceParts,
  orgId: string,
): Promise<SyncStats & { error: string }> {
  const connection = await connectionOf(flow, orgId);
  const stats = { created: 0, updated: 0, deactivated: 0, reactivated: 0 };
  let next = connection.cursor;
  let error = '';
  try {
    await withDirectory(connection.config, async (client) => {
      const seen = new Set<string>();
      const apply = async (user: DirectoryUser, roles: DirectoryRoles) => {
        seen.add(user.uuid);
        // Each user's steps are their own: the same org, project and ids steps for two users are two steps.
        const applied = await applyDirectoryUser(flow.part(user.uuid), parts, orgId, connection, user, roles);
        if (applied.outcome !== 'skipped' && applied.outcome !== 'unchanged') stats[applied.outcome] += 1;
      };
      const changed = await changedUsers(client, connection.config, connection.cursor);
      for (const user of changed.users) await apply(user, await rolesOf(client, connection.config, user));
      const present = await allUsers(client, connection.config);
      // A group's membership changes touch the group, not its members: when a group changed, every
      // linked user the listing did not have gets its roles again (memberships read once per group).
      const groups = await groupsChangedSince(client, connection.config, connection.cursor);
      if (groups.changed && connection.cursor !== '') {
        const members = await mappedGroupMembers(client, connection.config);
        for (const uuid of Object.keys(connection.users)) {
          const user = present.get(uuid);
          if (seen.has(uuid) || user === undefined || !user.enabled) continue;
          await apply(user, rolesFromMembers(connection.config, user, members));
        }
      }
      // Removals leave no trace in an incremental listing: what is linked but gone, goes (users
      // the listings had are applied already).
      for (const [uuid, linked] of Object.entries(connection.users)) {
        const user = present.get(uuid);
        if (linked.active && !seen.has(uuid) && (user === undefined || !user.enabled)) {
          await deactivateDirectoryUser(flow.part(uuid), parts, orgId, connection, uuid, linked.accountId);
          stats.deactivated += 1;
        }
      }
      next = laterMark(connection.config, changed.cursor, groups.mark);
    });
  } catch (failure) {
    if (!(failure instanceof UnavailableError)) throw failure;
    error = failure.message.slice(0, 500);
  }
  await flow.change(directory, orgId, { type: 'synced', from: connection.cursor, to: next, stats, error }, { orgId });
  return { ...stats, error };
}
