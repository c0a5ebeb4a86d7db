/**
 * A gateway node in a real cluster: `redoubt gateway` with its certificate from the registry's
 * CA serves TLS 1.3 gRPC for its region; accounts, orgs, projects and the audit trail live on
 * the shard nodes, keys and signatures come from the registry node.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import { ApiClient } from '../../gateway/index.js';
import { nodeApi } from '../../nodes/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { RedoubtNode } from '../../sim/cluster/index.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';

const PASSWORD = 'correct horse battery staple';

t.test('a gateway node serves the API of its region over TLS 1.3 with its CA certificate', async (t) => {
  await using cluster = await startTestCluster({ nodes: ['n1', 'n2'] });
  const certDir = await cluster.registry.issueCertificate('gw1', ['--dns', 'localhost']);
  await using gateway = await RedoubtNode.start({
    role: 'gateway',
    nodeId: 'gw1',
    natsUrl: cluster.nats.url,
    dataDir: join(cluster.dir, 'gw1'),
    certDir,
    region: REGION,
    replicas: 3,
    extraArgs: ['--scrypt-n', '1024'],
  });
  t.ok(gateway.grpcPort > 0, `gRPC on port ${gateway.grpcPort}`);
  const health = await gateway.health();
  t.match(health, { ready: true, mode: 'gateway', region: REGION });

  const { accountId } = (await callAdmin(join(cluster.dir, 'gw1'), {
    op: 'create-superadmin',
    email: 'root@example.org',
    displayName: 'Root',
    password: PASSWORD,
  })) as { accountId: string };
  const ca = await readFile(join(certDir, 'ca.pem'), 'utf8');
  const api = ApiClient.connect(`127.0.0.1:${gateway.grpcPort}`, { ca, protos: nodeApi(), serverName: 'localhost' });
  t.teardown(() => api.close());
  const { accessToken } = await api.call<{ accessToken: string }>('AuthService', 'Login', {
    email: 'root@example.org',
    password: PASSWORD,
  });
  const root = api.withToken(accessToken);
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
});
