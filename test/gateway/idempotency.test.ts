/**
 * Idempotency end to end: a mutating call retried with the same `idempotency-key` (and the same
 * request) gets the first call's result and changes nothing twice; the same key on another
 * request is another call; a malformed key is refused before anything runs.
 */
import t from 'tap';
import { startTestGateway } from '../helpers/gateway.js';
import { PROJECT, setUpRoles } from '../helpers/gateway-roles.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';

t.test('a retried call with the same idempotency key makes one org, one issue, one account', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const { admin, superadmin } = fixture.callers;
  const key = (value: string) => ({ metadata: { 'idempotency-key': value } });

  await t.test('CreateIssue', async (t) => {
    const request = { orgId: 'acme', projectId: PROJECT, title: 'Retry me' };
    const first = await admin.call<{ number: number }>('IssueService', 'CreateIssue', request, key('issue-1'));
    const again = await admin.call<{ number: number }>('IssueService', 'CreateIssue', request, key('issue-1'));
    t.equal(again.number, first.number, 'the retry answers the first issue');
    const { issues } = await admin.call<{ issues: { title: string }[] }>('IssueService', 'ListIssues', {
      orgId: 'acme',
      projectId: PROJECT,
    });
    t.equal(issues.filter((issue) => issue.title === 'Retry me').length, 1, 'one issue on the board');
    const other = await admin.call<{ number: number }>('IssueService', 'CreateIssue', request, key('issue-2'));
    t.equal(other.number, first.number + 1, 'another key is another issue');
    const unkeyed = await admin.call<{ number: number }>('IssueService', 'CreateIssue', request);
    t.equal(unkeyed.number, first.number + 2, 'a call without a key is a call of its own');
  });

  await t.test('CreateOrg', async (t) => {
    const request = { orgId: 'globex', name: 'Globex', homeRegion: 'local', adminAccountId: fixture.extra.accountId };
    const first = await superadmin.call('OrgService', 'CreateOrg', request, key('org-globex'));
    const again = await superadmin.call('OrgService', 'CreateOrg', request, key('org-globex'));
    t.same(again, first, 'the retry answers the first org instead of ALREADY_EXISTS');
    await t.rejects(
      superadmin.call('OrgService', 'CreateOrg', request, key('org-globex-2')),
      { code: 'COMMAND_REJECTED', reason: 'ALREADY_EXISTS' },
      'a new call (another key) for an existing org is refused',
    );
    const { orgs } = await superadmin.call<{ orgs: { orgId: string }[] }>('AdminService', 'ListOrgs', {});
    t.equal(orgs.filter((entry) => entry.orgId === 'globex').length, 1, 'the platform lists it once');
    const trail = await auditTrailOnce(fixture.extra.api, 'globex', (records) => records.length > 0);
    t.equal(trail.filter((record) => record.action === 'org.create').length, 1, 'audited once');
  });

  await t.test('SignUp', async (t) => {
    const request = { email: 'twice@example.org', password: 'correct horse battery staple', displayName: 'Twice' };
    const first = await gw.api.call<{ accountId: string }>('AuthService', 'SignUp', request, key('signup-1'));
    const again = await gw.api.call<{ accountId: string }>('AuthService', 'SignUp', request, key('signup-1'));
    t.equal(again.accountId, first.accountId, 'the retry answers the same account');
    const mails = (await gw.outbox.read()).filter((mail) => mail.to === 'twice@example.org');
    const tokens = new Set(mails.map((mail) => /Verification token: (\S+)/.exec(mail.text)?.[1]));
    t.equal(tokens.size, 1, 'every mail carries the one token the account keeps');
    await gw.api.call('AuthService', 'VerifyEmail', { accountId: first.accountId, token: [...tokens][0] });
    const login = await gw.api.call<{ accountId: string }>('AuthService', 'Login', {
      email: 'twice@example.org',
      password: request.password,
      device: 'test',
    });
    t.equal(login.accountId, first.accountId, 'and that account logs in');
    await t.rejects(
      gw.api.call('AuthService', 'SignUp', request, key('signup-2')),
      { code: 'COMMAND_REJECTED', reason: 'ALREADY_EXISTS' },
      'a new call (another key) for a taken address is refused',
    );
  });

  await t.test('Login and Refresh retried give the same session and tokens', async (t) => {
    const login = { email: 'twice@example.org', password: 'correct horse battery staple', device: 'test' };
    const first = await gw.api.call<{ sessionId: string; refreshToken: string }>(
      'AuthService',
      'Login',
      login,
      key('login-1'),
    );
    const again = await gw.api.call<{ sessionId: string; refreshToken: string }>(
      'AuthService',
      'Login',
      login,
      key('login-1'),
    );
    t.equal(again.sessionId, first.sessionId, 'one session');
    t.equal(again.refreshToken, first.refreshToken, 'one refresh token');
    const refresh = { refreshToken: first.refreshToken };
    const rotated = await gw.api.call<{ refreshToken: string }>('AuthService', 'Refresh', refresh, key('refresh-1'));
    const replayed = await gw.api.call<{ refreshToken: string }>('AuthService', 'Refresh', refresh, key('refresh-1'));
    t.equal(replayed.refreshToken, rotated.refreshToken, 'a retried refresh is not taken for a stolen token');
    await t.resolves(
      gw.api.call('AuthService', 'Refresh', { refreshToken: rotated.refreshToken }),
      'the session lives on with the next token',
    );
  });

  await t.test('a malformed key is refused before anything runs', async (t) => {
    await t.rejects(
      admin.call('IssueService', 'CreateIssue', { orgId: 'acme', projectId: PROJECT, title: 'x' }, key('bad key!')),
      { code: 'INVALID_ARGUMENT', field: 'idempotency-key' },
    );
  });
});
