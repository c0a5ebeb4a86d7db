/**
 * No committed change escapes the audit trail, on a real cluster: the shard node that commits a
 * rename is killed (SIGKILL, by the fault switch REDOUBT_FAULT_KILL_AFTER_OUTBOX_COMMITS) right
 * after the record is durable and before its audit message is delivered. Nobody retries the call;
 * once the node is back, the rename is in the org's trail, once, and the trail verifies.
 */
import t from 'tap';
import type { AuditRecord } from '../../domain/index.js';
import { startClusterGateway } from '../helpers/cluster-gateway.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';

t.test('a change whose node dies right after the commit is in the audit trail after recovery', async (t) => {
  await using cluster = await startTestCluster({ nodes: ['n1'] });
  await using gateway = await startClusterGateway(cluster);
  const { root } = gateway;
  const orgId = 'outboxcrash';
  await root.call('OrgService', 'CreateOrg', {
    orgId,
    name: 'Before',
    homeRegion: REGION,
    adminAccountId: gateway.superadminId,
  });

  await cluster.nodes.get('n1')!.stop();
  const doomed = await cluster.startNode('n1', { REDOUBT_FAULT_KILL_AFTER_OUTBOX_COMMITS: '1' });
  await t.rejects(
    root.call('OrgService', 'UpdateOrg', { orgId, name: 'After' }, { timeoutMs: 8000 }),
    'the call dies with the node',
  );
  t.equal(await doomed.exited, null, 'the node was killed by a signal, after the commit');

  await cluster.startNode('n1');
  // Nobody asks the org anything: the relay of the restarted node delivers what was left.
  let actions: string[] = [];
  for (const until = Date.now() + 60_000; Date.now() < until;) {
    const { records } = await root.call<{ records: AuditRecord[] }>('AuditService', 'List', { orgId });
    actions = records.map((record) => record.action);
    if (actions.includes('org.update')) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  t.same(actions, ['org.create', 'org.update'], 'the rename is in the trail, once');
  t.match(await root.call('OrgService', 'GetOrg', { orgId }), { name: 'After' }, 'the change had committed');
  t.match(await root.call('AuditService', 'Verify', { orgId }), { ok: true }, 'the trail verifies');
});
