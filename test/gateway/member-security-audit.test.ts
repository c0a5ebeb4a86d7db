/**
 * A member's security events in the org's audit trail: logins, failed logins, step-ups and
 * factors enrolled reach the trail of every org the account belongs to (as the account's own
 * records, with no secret in them), those of an account of no org reach none; the trail verifies.
 */
import t from 'tap';
import { auditTrailOnce } from '../helpers/audit-trail.js';
import { PASSWORD, startTestGateway } from '../helpers/gateway.js';
import { setUpRoles } from '../helpers/gateway-roles.js';
import { refusal } from '../helpers/refusal.js';
import { enrolTotp } from '../helpers/step-up.js';

interface Row {
  seq: number;
  action: string;
  accountId: string;
  target: string;
}

t.test("a member's logins, failures and factors go to the org's trail", async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const { orgId } = fixture;
  const admin = (await enrolTotp(gw.api, fixture.callers.admin)).api;
  const member = fixture.accounts.member;

  await gw.api.call('AuthService', 'Login', { email: 'member@example.org', password: PASSWORD, device: 'laptop' });
  await refusal(gw.api.call('AuthService', 'Login', { email: 'member@example.org', password: 'not the password' }));
  await enrolTotp(gw.api, member.api);
  const mine = (rows: readonly Row[]) => rows.filter((row) => row.accountId === member.accountId);
  const wanted = ['security.login', 'security.login.failed', 'security.factor.enrolled', 'security.session.step_up'];
  const records = await auditTrailOnce<Row>(admin, orgId, (rows) =>
    wanted.every((action) => mine(rows).some((row) => row.action === action)),
  );
  for (const action of wanted)
    t.ok(
      mine(records).some((row) => row.action === action),
      `${action} is in the trail`,
    );
  t.ok(
    mine(records).every((row) => row.target === `security-log/${member.accountId}`),
    "the records name the member's security log",
  );
  t.notOk(JSON.stringify(records).includes(PASSWORD), 'no secret in the trail');

  // An account of no org: none of its events may appear in the trail (read once the member's next
  // login, made after the outsider's, is there).
  await gw.api.call('AuthService', 'Login', { email: 'outsider@example.org', password: PASSWORD });
  await gw.api.call('AuthService', 'Login', { email: 'member@example.org', password: PASSWORD, device: 'phone' });
  const logins = (rows: readonly Row[]) => mine(rows).filter((row) => row.action === 'security.login').length;
  const after = await auditTrailOnce<Row>(admin, orgId, (rows) => logins(rows) >= logins(records) + 1);
  t.equal(logins(after), logins(records) + 1, "the member's next login is in the trail");
  t.notOk(
    after.some((row) => row.accountId === fixture.accounts.outsider.accountId),
    'the events of an account of no org are in none',
  );
  t.same((await admin.call<{ ok: boolean }>('AuditService', 'Verify', { orgId })).ok, true, 'the trail verifies');
});
