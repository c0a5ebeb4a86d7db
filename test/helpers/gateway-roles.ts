/**
 * Every kind of caller the API knows, set up through the real gateway: anonymous, a signed-in
 * outsider, a platform superadmin (made over the admin socket), and an org's guest, member and
 * admin. Plus well-formed sample requests of every method, for matrix tests.
 */
import { callAdmin } from '../../nodes/admin/admin-client.js';
import type { ApiClient } from '../../gateway/index.js';
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

/** A well-formed request of each method (it may still fail for business reasons, never for its shape). */
export function sampleRequest(service: string, method: string, fixture: RoleFixture): Record<string, unknown> {
  const n = ++unique;
  const orgId = fixture.orgId;
  const someAccount = fixture.extra.accountId;
  const samples: Record<string, Record<string, unknown>> = {
    'AuthService.SignUp': { email: `sample${n}@example.org`, password: PASSWORD, displayName: `Sample ${n}` },
    'AuthService.VerifyEmail': { accountId: someAccount, token: 'x'.repeat(43) },
    'AuthService.Login': { email: `nobody${n}@example.org`, password: PASSWORD },
    'AuthService.Refresh': { refreshToken: `rt1.ses_${'A'.repeat(22)}.${'B'.repeat(43)}` },
    'AuthService.Logout': {},
    'AuthService.RevokeAll': {},
    'AuthService.ChangePassword': { currentPassword: 'not the password at all', newPassword: `${PASSWORD} new` },
    'AuthService.RequestPasswordReset': { email: `nobody${n}@example.org` },
    'AuthService.ResetPassword': { accountId: someAccount, token: 'x'.repeat(43), newPassword: `${PASSWORD} new` },
    'AuthService.GetJwks': {},
    'AccountService.GetMe': {},
    'AccountService.UpdateProfile': { displayName: `Renamed ${n}` },
    'OrgService.CreateOrg': { orgId: `org-${n}`, name: `Org ${n}`, homeRegion: 'local', adminAccountId: someAccount },
    'OrgService.GetOrg': { orgId },
    'OrgService.ListMembers': { orgId },
    'OrgService.AddMember': { orgId, accountId: someAccount, role: 'ROLE_MEMBER' },
    'OrgService.RemoveMember': { orgId, accountId: someAccount },
    'OrgService.UpdateOrg': { orgId, name: `Acme ${n}` },
    'OrgService.UpdateOrgSettings': { orgId, externalsMayExportByDefault: true },
    'AuditService.List': { orgId, afterSeq: 0, limit: 10 },
    'AuditService.Export': { orgId },
    'AuditService.Verify': { orgId },
    'ProjectService.CreateProject': { orgId, projectId: `p${n}`, name: `Project ${n}` },
    'ProjectService.GetProject': { orgId, projectId: PROJECT },
    'ProjectService.ListProjects': { orgId },
    'ProjectService.AddProjectMember': { orgId, projectId: PROJECT, accountId: someAccount, role: 'ROLE_MEMBER' },
    'ProjectService.RemoveProjectMember': { orgId, projectId: PROJECT, accountId: someAccount },
    'ProjectService.SetProjectPolicy': { orgId, projectId: PROJECT, externalsMayExport: true },
    'ProjectService.ConfigureBoard': { orgId, projectId: PROJECT, columns: ['backlog', 'doing', 'review', 'done'] },
    'IssueService.CreateIssue': { orgId, projectId: PROJECT, title: `Issue ${n}` },
    'IssueService.GetIssue': { orgId, projectId: PROJECT, number: 1 },
    'IssueService.ListIssues': { orgId, projectId: PROJECT },
    'IssueService.MoveIssue': { orgId, projectId: PROJECT, number: 1, column: 'doing' },
    'IssueService.AssignIssue': { orgId, projectId: PROJECT, number: 1, assigneeIds: [someAccount] },
    'IssueService.LabelIssue': { orgId, projectId: PROJECT, number: 1, labels: ['bug'] },
    'IssueService.CommentIssue': { orgId, projectId: PROJECT, number: 1, text: `Comment ${n}` },
    'IssueService.LinkAuditRecord': { orgId, projectId: PROJECT, number: 1, auditSeq: 1 },
    'IssueService.ExportIssues': { orgId, projectId: PROJECT },
    'AdminService.ListOrgs': {},
    'AdminService.LookupAccount': { email: 'member@example.org' },
  };
  const sample = samples[`${service}.${method}`];
  if (sample === undefined) throw new Error(`no sample request for ${service}.${method}: add one`);
  return sample;
}
