/**
 * Crash safety of a workflow, on a real cluster: the gateway doing a CreateOrg is killed (SIGKILL,
 * by the fault switch REDOUBT_FAULT_KILL_AFTER_STEPS) right after each of its steps in turn: home
 * region, org, the admin's membership, the platform's index. The client retries
 * with the same idempotency key on a restarted gateway, and the org comes out whole: listed once,
 * its admin a member, one audit record in a trail that verifies.
 */
import { join } from 'node:path';
import t from 'tap';
import { PLATFORM_SCOPE } from '../../actors/index.js';
import { regionJournal } from '../helpers/region-journal.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { PASSWORD, startClusterGateway } from '../helpers/cluster-gateway.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';

/** The steps of CreateOrg: home region, org (which audits itself), the admin's membership, the org index. */
const STEPS = 4;

t.test('a CreateOrg cut short after any step by a kill -9 completes when retried, and is whole', async (t) => {
  await using cluster = await startTestCluster({ nodes: ['n1'] });
  await using gateway = await startClusterGateway(cluster);
  const { root, superadminId: accountId } = gateway;

  for (let step = 1; step <= STEPS; step++) {
    const orgId = `crash${step}`;
    const request = { orgId, name: `Crash ${step}`, homeRegion: REGION, adminAccountId: accountId };
    const key = { metadata: { 'idempotency-key': `create-${orgId}` } };
    await gateway.restart({ REDOUBT_FAULT_KILL_AFTER_STEPS: String(step) });
    await t.rejects(root.call('OrgService', 'CreateOrg', request, key), `step ${step}: the call dies with its gateway`);
    t.equal(await gateway.node.exited, null, `step ${step}: the gateway was killed by a signal`);
    await gateway.restart();
    if (step === 1) {
      const { orgs } = await root.call<{ orgs: { orgId: string }[] }>('AdminService', 'ListOrgs', {});
      t.notOk(
        orgs.some((entry) => entry.orgId === orgId),
        'cut after its home region, no org is there to be seen',
      );
    }
    t.match(
      await root.call('OrgService', 'CreateOrg', request, key),
      { orgId, name: `Crash ${step}`, homeRegion: REGION, memberCount: 1 },
      `step ${step}: the retry completes`,
    );
    const { orgs } = await root.call<{ orgs: { orgId: string }[] }>('AdminService', 'ListOrgs', {});
    t.equal(orgs.filter((entry) => entry.orgId === orgId).length, 1, `step ${step}: listed once`);
    const me = await root.call<{ memberships: { orgId: string; role: string }[] }>('AccountService', 'GetMe', {});
    t.match(
      me.memberships.filter((membership) => membership.orgId === orgId),
      [{ orgId, role: 'ROLE_ADMIN' }],
      `step ${step}: its admin's account names the membership`,
    );
    const trail = await auditTrailOnce(root, orgId, (records) => records.length > 0);
    t.same(
      trail.map((record) => record.action),
      ['org.create'],
      `step ${step}: recorded once`,
    );
    t.match(await root.call('AuditService', 'Verify', { orgId }), { ok: true }, `step ${step}: the trail verifies`);
  }
});

t.test('create-superadmin cut short after any step completes the same account when run again', async (t) => {
  await using cluster = await startTestCluster({ nodes: ['n1'] });
  await using gateway = await startClusterGateway(cluster);
  const dataDir = join(cluster.dir, 'gw1');
  const accounts = async () => {
    const journal = await regionJournal(cluster.client.nc, REGION, cluster.keyring);
    let count = 0;
    for await (const entity of journal.entities(PLATFORM_SCOPE)) if (entity.startsWith('account/')) count++;
    return count;
  };
  const before = await accounts();
  // The account's home region, the account, its verified email, the email's claim, the grant.
  const steps = 5;
  for (let step = 1; step <= steps; step++) {
    const request = {
      op: 'create-superadmin' as const,
      email: `root${step}@example.org`,
      displayName: `Root ${step}`,
      password: PASSWORD,
    };
    await gateway.restart({ REDOUBT_FAULT_KILL_AFTER_STEPS: String(step) });
    await t.rejects(callAdmin(dataDir, request), `step ${step}: the operator's call dies with the node`);
    t.equal(await gateway.node.exited, null, `step ${step}: killed by a signal`);
    await gateway.restart();
    const { created } = (await callAdmin(dataDir, request)) as { created: boolean };
    t.equal(created, step < 4, `step ${step}: run again, it completes (an email claimed already: promoted)`);
    const login = await gateway.root.call<{ accountId: string }>(
      'AuthService',
      'Login',
      { email: request.email, password: PASSWORD },
      { token: null },
    );
    t.ok(login.accountId, `step ${step}: the superadmin logs in`);
  }
  t.equal(await accounts(), before + steps, 'one account per superadmin: no half-made one left behind');
});
