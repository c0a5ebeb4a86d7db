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
import { account, accountOfEmail, addMember, org, removeMember, revokeSessions } from '../../../domain/index.js';
import type { AccountProfile, OrgRole, Workflow } from '../../../domain/index.js';
import { externalDisplayName, signUpExternal } from '../../services/external-accounts.js';
import type { ServiceParts } from '../../services/service-parts.js';
import type { DirectoryUser } from './ldap-directory.js';

/** What applying a directory user did. */
export type Applied =
  | { readonly outcome: 'created' | 'updated' | 'unchanged' | 'reactivated'; readonly accountId: string }
  | { readonly outcome: 'deactivated'; readonly accountId: string }
  | { readonly outcome: 'skipped'; readonly reason: 'EMAIL_TAKEN' | 'NO_EMAIL' | 'NO_ROLE' | 'DISABLED' };

/**
 * Brings the account of `user` in line with the directory: made, updated, reactivated or
 * deactivated, with `role` in the org (undefined: the user may not be a member).
 */
export async function applyDirectoryUser(
  flow: Workflow,
  parts: ServiceParts,
  orgId: string,
  connection: DirectoryConnection,
  user: DirectoryUser,
  role: OrgRole | undefined,
): Promise<Applied> {
  const linked = connection.users[user.uuid];
  if (linked !== undefined && (!user.enabled || role === undefined)) {
    return linked.active
      ? deactivateDirectoryUser(flow, orgId, user.uuid, linked.accountId)
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
  return { outcome: outcome === 'unchanged' && changed ? 'updated' : outcome, accountId };
}

/** Ends a directory user's access: account deactivated, sessions ended, membership removed. */
export async function deactivateDirectoryUser(
  flow: Workflow,
  orgId: string,
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
  await flow.change(directory, orgId, { type: 'link', uuid, accountId, active: false }, { orgId });
  return { outcome: 'deactivated', accountId };
}

function displayNameOf(user: DirectoryUser): string {
  return externalDisplayName(user.name, user.email);
}
