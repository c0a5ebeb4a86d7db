/**
 * What a directory user becomes in Redoubt: an account made on first sign-in or sync (the
 * directory vouches for its address; it never signs in by password), kept up to date, given the
 * org role its groups map to, and deactivated (sessions ended, membership removed) once the
 * directory removes or disables it. An address that belongs to an existing account is never
 * linked to it: the directory user is refused instead (EMAIL_TAKEN).
 */
import { isNotFound } from '../../../actors/index.js';
import { directory } from '../../../domain/directory/index.js';
import type { DirectoryConnection } from '../../../domain/directory/index.js';
import {
  account,
  accountOfEmail,
  addMember,
  org,
  project,
  removeMember,
  revokeSessions,
} from '../../../domain/index.js';
import type { AccountProfile, OrgRole, Workflow } from '../../../domain/index.js';
import { externalDisplayName, signUpExternal } from '../../services/external-accounts.js';
import type { ServiceParts } from '../../services/service-parts.js';
import type { DirectoryRoles, DirectoryUser } from './ldap-directory.js';

/** What applying a directory user did. */
export type Applied =
  | { readonly outcome: 'created' | 'updated' | 'unchanged' | 'reactivated'; readonly accountId: string }
  | { readonly outcome: 'deactivated'; readonly accountId: string }
  | { readonly outcome: 'skipped'; readonly reason: 'EMAIL_TAKEN' | 'NO_EMAIL' | 'NO_ROLE' | 'DISABLED' };

/**
 * Brings the account of `user` in line with the directory: made, updated, reactivated or
 * deactivated, with the org role its groups give (none: the user may not be a member) and the
 * roles in the projects the group map staffs.
 */
export async function applyDirectoryUser(
  flow: Workflow,
  parts: ServiceParts,
  orgId: string,
  connection: DirectoryConnection,
  user: DirectoryUser,
  roles: DirectoryRoles,
): Promise<Applied> {
  const role = roles.org;
  const linked = connection.users[user.uuid];
  if (linked !== undefined && (!user.enabled || role === undefined)) {
    return linked.active
      ? deactivateDirectoryUser(flow, parts, orgId, connection, user.uuid, linked.accountId)
      : { outcome: 'unchanged', accountId: linked.accountId };
  }
  if (!user.enabled) return { outcome: 'skipped', reason: 'DISABLED' };
  if (role === undefined) return { outcome: 'skipped', reason: 'NO_ROLE' };
  if (linked === undefined) {
    if (user.email === '') return { outcome: 'skipped', reason: 'NO_EMAIL' };
    const emailIds = parts.emailIds(user.email);
    if ((await accountOfEmail(flow, emailIds)) !== undefined) return { outcome: 'skipped', reason: 'EMAIL_TAKEN' };
    const accountId = await signUpExternal(flow, parts, { email: user.email, displayName: displayNameOf(user), orgId });
    await flow.change(directory, orgId, { type: 'link', uuid: user.uuid, accountId, active: true }, { orgId });
    await addMember(flow, { orgId, accountId, role });
    parts.roles.forget(orgId, accountId);
    await staffProjects(flow, parts, orgId, accountId, roles.projects);
    return { outcome: 'created', accountId };
  }
  const { accountId } = linked;
  let outcome: Applied['outcome'] = 'unchanged';
  if (!linked.active) {
    await flow.change(account, accountId, { type: 'reactivate' });
    await flow.change(directory, orgId, { type: 'link', uuid: user.uuid, accountId, active: true }, { orgId });
    outcome = 'reactivated';
  }
  const profile = (await flow.read(account, accountId, { type: 'profile' })) as AccountProfile;
  const name = displayNameOf(user);
  const changed = profile.displayName !== name || profile.memberships[orgId] !== role;
  if (profile.displayName !== name) await flow.change(account, accountId, { type: 'updateProfile', displayName: name });
  if (profile.memberships[orgId] !== role) {
    await addMember(flow, { orgId, accountId, role });
    parts.roles.forget(orgId, accountId);
  }
  const staffed = await staffProjects(flow, parts, orgId, accountId, roles.projects);
  return { outcome: outcome === 'unchanged' && (changed || staffed) ? 'updated' : outcome, accountId };
}

/**
 * Gives the account its role in each project the group map names, or takes it out of one whose
 * groups it is in none of. A project that no longer exists is passed over.
 * @returns whether a membership changed
 */
async function staffProjects(
  flow: Workflow,
  parts: ServiceParts,
  orgId: string,
  accountId: string,
  projects: ReadonlyMap<string, OrgRole | undefined>,
): Promise<boolean> {
  let changed = false;
  for (const [projectId, role] of projects) {
    const entity = `${orgId}/${projectId}`;
    let current: { role: OrgRole | null; external: boolean };
    try {
      current = (await flow.read(project, entity, { type: 'roleOf', accountId }, orgId)) as typeof current;
    } catch (error) {
      if (isNotFound(error)) continue;
      throw error;
    }
    if ((current.role ?? undefined) === role && !current.external) continue;
    const command =
      role === undefined
        ? ({ type: 'removeMember', accountId } as const)
        : ({ type: 'addMember', accountId, role, external: false } as const);
    if (role === undefined && current.role === null) continue;
    await flow.change(project, entity, command, { orgId });
    parts.roles.forgetProject(orgId, projectId);
    changed = true;
  }
  return changed;
}

/** Ends a directory user's access: account deactivated, sessions ended, memberships (org, staffed projects) removed. */
export async function deactivateDirectoryUser(
  flow: Workflow,
  parts: ServiceParts,
  orgId: string,
  connection: DirectoryConnection,
  uuid: string,
  accountId: string,
): Promise<Applied> {
  await flow.change(account, accountId, {
    type: 'deactivate',
    reason: `removed or disabled in the directory of org ${orgId}`,
  });
  await revokeSessions(flow, accountId);
  const members = (await flow.read(org, orgId, { type: 'members' }, orgId)) as unknown as {
    members: { accountId: string }[];
  };
  if (members.members.some((member) => member.accountId === accountId)) {
    await removeMember(flow, { orgId, accountId }).catch((error: unknown) => {
      // The org's last admin stays a member (the org refuses), but cannot sign in.
      if (!isNotFound(error) && (error as { details?: { reason?: string } }).details?.reason !== 'LAST_ADMIN')
        throw error;
    });
  }
  const staffed = new Set(connection.config.groupRoles.flatMap(({ projectId }) => projectId ?? []));
  await staffProjects(flow, parts, orgId, accountId, new Map([...staffed].map((projectId) => [projectId, undefined])));
  await flow.change(directory, orgId, { type: 'link', uuid, accountId, active: false }, { orgId });
  return { outcome: 'deactivated', accountId };
}

function displayNameOf(user: DirectoryUser): string {
  return externalDisplayName(user.name, user.email);
}
