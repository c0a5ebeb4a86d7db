/**
 * Crash safety of a workflow, on a real cluster: the gateway doing a CreateOrg is killed (SIGKILL,
 * by the fault switch REDOUBT_FAULT_KILL_AFTER_STEPS) right after each of its steps in turn: home
 * region, org, the admin's membership, the platform's index, the audit record. The client retries
 * with the same idempotency key on a restarted gateway, and the org comes out whole: listed once,
 * its admin a member, one audit record in a trail that verifies.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import { ApiClient } from '../../gateway/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { nodeApi } from '../../nodes/index.js';
import { RedoubtNode } from '../../sim/cluster/index.js';
import { freePort } from '../../sim/cluster/free-port.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';

const PASSWORD = 'correct horse battery staple';
/** The steps of CreateOrg: home region, org, the admin's membership, the org index, the audit record. */
const STEPS = 5;

t.test('a CreateOrg cut short after any step by a kill -9 completes when retried, and is whole', async (t) => {
  await using cluster = await startTestCluster({ nodes: ['n1'] });
  const certDir = await cluster.registry.issueCertificate('gw1', ['--dns', 'localhost']);
  const dataDir = join(cluster.dir, 'gw1');
  const grpcPort = await freePort();
  const startGateway = (env: Record<string, string> = {}) =>
    RedoubtNode.start({
      role: 'gateway',
      nodeId: 'gw1',
      natsUrl: cluster.nats.url,
      dataDir,
      certDir,
      region: REGION,
      replicas: 3,
      grpcPort,
      extraArgs: ['--scrypt-n', '1024'],
      env,
    });
  let gateway = await startGateway();
  // Whichever gateway runs at the end stops before the cluster does.
  await using _stopGateway = { [Symbol.asyncDispose]: async () => void (await gateway.stop()) };
  const { accountId } = (await callAdmin(dataDir, {
    op: 'create-superadmin',
    email: 'root@example.org',
    displayName: 'Root',
    password: PASSWORD,
  })) as { accountId: string };
  const ca = await readFile(join(certDir, 'ca.pem'), 'utf8');
  const api = ApiClient.connect(`127.0.0.1:${grpcPort}`, { ca, protos: nodeApi(), serverName: 'localhost' });
  t.teardown(() => api.close());
  // Logged in before any fault is armed: the token works on every gateway of the cluster.
  const { accessToken } = await api.call<{ accessToken: string }>('AuthService', 'Login', {
    email: 'root@example.org',
    password: PASSWORD,
  });
  const root = api.withToken(accessToken);

  for (let step = 1; step <= STEPS; step++) {
    const orgId = `crash${step}`;
    const request = { orgId, name: `Crash ${step}`, homeRegion: REGION, adminAccountId: accountId };
    const key = { metadata: { 'idempotency-key': `create-${orgId}` } };
    await gateway.stop();
    gateway = await startGateway({ REDOUBT_FAULT_KILL_AFTER_STEPS: String(step) });
    await t.rejects(root.call('OrgService', 'CreateOrg', request, key), `step ${step}: the call dies with its gateway`);
    t.equal(await gateway.exited, null, `step ${step}: the gateway was killed by a signal`);
    gateway = await startGateway();
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
    const trail = await root.call<{ records: { action: string }[] }>('AuditService', 'List', { orgId });
    t.same(
      trail.records.map((record) => record.action),
      ['org.create'],
      `step ${step}: recorded once`,
    );
    t.match(await root.call('AuditService', 'Verify', { orgId }), { ok: true }, `step ${step}: the trail verifies`);
  }
});
