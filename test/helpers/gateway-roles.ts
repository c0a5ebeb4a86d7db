/**
 * Every kind of caller the API knows, set up through the real gateway: anonymous, a signed-in
 * outsider, a platform superadmin (made over the admin socket), and an org's guest, member and
 * admin. Plus well-formed sample requests of every method, from the modules' samples, for matrix
 * tests.
 */
import { callAdmin } from '../../nodes/admin/admin-client.js';
import type { ApiClient, LoadedModule, SampleFixture } from '../../gateway/index.js';
import { PASSWORD } from './gateway.js';
import type { GatewayHandle, LoggedIn } from './gateway.js';

export const ROLE_NAMES = ['anonymous', 'outsider', 'superadmin', 'guest', 'member', 'admin'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export interface RoleFixture {
  readonly orgId: string;
  readonly callers: Readonly<Record<RoleName, ApiClient>>;
  readonly accounts: Readonly<Record<Exclude<RoleName, 'anonymous'>, LoggedIn>>;
  /** An account that belongs to no org, for AddMember/RemoveMember targets. */
  readonly extra: LoggedIn;
}

export async function setUpRoles(gw: GatewayHandle, orgId = 'acme'): Promise<RoleFixture> {
  await callAdmin(gw.solo.dataDir, {
    op: 'create-superadmin',
    email: 'root@example.org',
    displayName: 'Root',
    password: PASSWORD,
  });
  const superadmin = await login(gw, 'root@example.org');
  const [outsider, guest, member, admin, extra] = await Promise.all(
    ['outsider', 'guest', 'member', 'admin', 'extra'].map((name) => gw.signUpAndLogin(`${name}@example.org`)),
  );
  await superadmin.api.call('OrgService', 'CreateOrg', {
    orgId,
    name: 'Acme',
    homeRegion: 'local',
    adminAccountId: admin!.accountId,
  });
  await admin!.api.call('OrgService', 'AddMember', { orgId, accountId: member!.accountId, role: 'ROLE_MEMBER' });
  await admin!.api.call('OrgService', 'AddMember', { orgId, accountId: guest!.accountId, role: 'ROLE_GUEST' });
  // A project with the same standings: the org admin administers it, the member works in it,
  // the guest is an external guest of it.
  await admin!.api.call('ProjectService', 'CreateProject', { orgId, projectId: PROJECT, name: 'Website' });
  await admin!.api.call('ProjectService', 'AddProjectMember', {
    orgId,
    projectId: PROJECT,
    accountId: member!.accountId,
    role: 'ROLE_MEMBER',
  });
  await admin!.api.call('ProjectService', 'AddProjectMember', {
    orgId,
    projectId: PROJECT,
    accountId: guest!.accountId,
    role: 'ROLE_GUEST',
    external: true,
  });
  await admin!.api.call('IssueService', 'CreateIssue', { orgId, projectId: PROJECT, title: 'First issue' });
  const accounts = { outsider: outsider!, superadmin, guest: guest!, member: member!, admin: admin! };
  return {
    orgId,
    accounts,
    extra: extra!,
    callers: {
      anonymous: gw.api,
      ...(Object.fromEntries(Object.entries(accounts).map(([name, account]) => [name, account.api])) as Record<
        Exclude<RoleName, 'anonymous'>,
        ApiClient
      >),
    },
  };
}

async function login(gw: GatewayHandle, email: string): Promise<LoggedIn> {
  const tokens = await gw.api.call<{ accessToken: string; refreshToken: string; sessionId: string; accountId: string }>(
    'AuthService',
    'Login',
    { email, password: PASSWORD },
  );
  return { ...tokens, api: gw.api.withToken(tokens.accessToken) };
}

/** The fixture's project in its org. */
export const PROJECT = 'web';

let unique = 0;

/** What the modules' sample requests are made from, for this fixture (a new `unique` each time). */
export function sampleFixture(fixture: RoleFixture): SampleFixture {
  return { orgId: fixture.orgId, projectId: PROJECT, accountId: fixture.extra.accountId, unique: ++unique };
}

/**
 * A well-formed request of a method (it may still fail for business reasons, never for its
 * shape), from the samples its module declares.
 * @param service - the full service name, e.g. `redoubt.v1.OrgService`
 */
export function sampleRequest(
  modules: readonly LoadedModule[],
  service: string,
  method: string,
  fixture: RoleFixture,
): Record<string, unknown> {
  const module = modules.find((m) => Object.hasOwn(m.services, service));
  if (module === undefined) throw new Error(`no module serves ${service}`);
  const samples = module.samples?.[service]?.(sampleFixture(fixture));
  const sample = samples !== undefined && Object.hasOwn(samples, method) ? samples[method] : undefined;
  if (sample === undefined)
    throw new Error(`no sample request for ${service}.${method}: add one to module ${module.name}`);
  return { ...sample };
}
