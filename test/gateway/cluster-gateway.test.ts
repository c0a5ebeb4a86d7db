/**
 * A gateway node in a real cluster: `redoubt gateway` with its certificate from the registry's
 * CA serves TLS 1.3 gRPC for its region; accounts, orgs, projects and the audit trail live on
 * the shard nodes, keys and signatures come from the registry node.
 */
import { join } from 'node:path';
import t from 'tap';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';
import { PASSWORD, startClusterGateway } from '../helpers/cluster-gateway.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';
import { signUpVerified } from '../helpers/sign-up.js';

t.test('a gateway node serves the API of its region over TLS 1.3 with its CA certificate', async (t) => {
  await using cluster = await startTestCluster({ nodes: ['n1', 'n2'] });
  await using gw = await startClusterGateway(cluster);
  const gateway = gw.node;
  t.ok(gateway.grpcPort > 0, `gRPC on port ${gateway.grpcPort}`);
  const health = await gateway.health();
  t.match(health, { ready: true, mode: 'gateway', region: REGION });
  const { root, superadminId: accountId } = gw;
  await root.call('OrgService', 'CreateOrg', {
    orgId: 'acme',
    name: 'Acme',
    homeRegion: REGION,
    adminAccountId: accountId,
  });
  await root.call('ProjectService', 'CreateProject', { orgId: 'acme', projectId: 'web', name: 'Website' });
  await root.call('IssueService', 'CreateIssue', { orgId: 'acme', projectId: 'web', title: 'Ship it' });
  await root.call('IssueService', 'MoveIssue', { orgId: 'acme', projectId: 'web', number: 1, column: 'done' });
  t.match(await root.call('ProjectService', 'ListProjects', { orgId: 'acme' }), {
    projects: [{ projectId: 'web', name: 'Website' }],
  });
  t.match(await root.call('IssueService', 'ListIssues', { orgId: 'acme', projectId: 'web' }), {
    issues: [{ number: 1, title: 'Ship it', column: 'done' }],
  });
  await auditTrailOnce(root, 'acme', (records) => records.length >= 4);
  t.match(
    await root.call('AuditService', 'Verify', { orgId: 'acme' }),
    { ok: true, recordsChecked: 4, problems: [] },
    'the trail of the changes made through the gateway verifies, audit signer on the registry node',
  );
  const refused = await callAdmin(join(cluster.dir, 'gw1'), { op: 'keys-rotate', org: 'acme' }).catch(
    (e: unknown) => e,
  );
  t.match(refused, { code: 'INVALID_COMMAND', message: /gateway node does not do keys-rotate/ });
  const metrics = await gateway.metrics();
  t.match(
    metrics,
    /^redoubt_grpc_server_handled_total\{method="\/redoubt\.v1\.OrgService\/CreateOrg",code="OK"\} 1$/m,
    "the gateway node's own /metrics counts the calls it served",
  );
  t.match(metrics, /^redoubt_grpc_server_handling_seconds_count\{method="\/redoubt\.v1\.AuthService\/Login"\} 1$/m);
  t.notMatch(metrics, /process_process_/);

  await t.test(
    'a member removed through one gateway is refused by another at once, not after its cache expires',
    async (t) => {
      await using gw2 = await startClusterGateway(cluster, 'gw2');
      const email = 'ada@example.org';
      const accountId = await signUpVerified(gw.api, gw.outbox, email, PASSWORD);
      await root.call('OrgService', 'AddMember', { orgId: 'acme', accountId, role: 'ROLE_MEMBER' });
      const { accessToken } = await gw2.api.call<{ accessToken: string }>('AuthService', 'Login', {
        email,
        password: PASSWORD,
      });
      const ada = gw2.api.withToken(accessToken);
      // gw2 learns (and caches, for 30 s) that Ada is a member; either an announcement or its own
      // first lookup gets there, so ask until it does.
      let admitted = false;
      for (let attempt = 0; attempt < 100 && !admitted; attempt++) {
        admitted = await ada.call('OrgService', 'GetOrg', { orgId: 'acme' }).then(
          () => true,
          () => false,
        );
        if (!admitted) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      t.ok(admitted, 'the member reads the org through gw2');
      await root.call('OrgService', 'RemoveMember', { orgId: 'acme', accountId });
      let refusal: unknown;
      for (let attempt = 0; attempt < 100 && refusal === undefined; attempt++) {
        refusal = await ada.call('OrgService', 'GetOrg', { orgId: 'acme' }).then(
          () => undefined,
          (error: unknown) => error,
        );
        if (refusal === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      t.match(
        refusal,
        { code: 'PERMISSION_DENIED' },
        'gw2 refuses her within 100 tries 20 ms apart, far inside its 30 s TTL',
      );
    },
  );
});
