/**
 * Failover driven by the loss of a node's NATS connection, not by timeouts: the dead-after and
 * lease times are set to two minutes, far beyond the client's 30 s deadline, so every answer
 * below proves the dead node was found gone from its connection (no responders) and its shards
 * (and its coordinator lease) moved at once. A frozen node, still connected, keeps its shards.
 */
import t from 'tap';
import { Kvm } from '@nats-io/kv';
import { EntityClient, entityId, NatsTransport, shardOf } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { bounded } from '../../sim/cluster/cluster-client.js';
import { REGION, SHARDS, startTestCluster } from '../helpers/test-cluster.js';

const SLOW_DETECTION = ['--heartbeat-ms', '250', '--dead-after-ms', '120000', '--lease-ms', '120000'];
const ENTITIES = 600;

t.test('a killed node is found gone from its connection: its shards and its lease move at once', async (t) => {
  await using cluster = await startTestCluster({ timing: SLOW_DETECTION });
  const { client, nc, directory } = cluster.client;
  const lease = await new Kvm(nc).open(`rdt_${REGION}_lease`);
  const leaseHolder = async (): Promise<string> => {
    const entry = await lease.get('coordinator');
    return entry?.operation === 'PUT' ? entry.string() : '';
  };

  const ids = Array.from({ length: ENTITIES }, (_, i) => `c${i}`);
  await bounded(ids, 100, (id) => client.ask(ledger, id, { type: 'append', amount: 1 }));
  const allAnswer = async (nodeIds: readonly string[]): Promise<void> => {
    await bounded(ids, 100, async (id) => {
      const state = await client.ask(ledger, id, { type: 'read' });
      if (!('count' in state) || state.count !== 1) throw new Error(`${id} answered ${JSON.stringify(state)}`);
    });
    await cluster.client.waitForOwners(nodeIds, 1000);
  };

  await t.test('a frozen node (SIGSTOP) is silent, not gone: it keeps its shards', async (t) => {
    const before = directory.current().revision;
    const frozen = cluster.nodes.get('n2')!;
    frozen.signal('SIGSTOP');
    try {
      // Asks to its entities time out meanwhile; the probes they cause must not count as "gone".
      const owned = ids.filter((id) => directory.current().owners[shardOf(entityId('ledger', id), SHARDS)] === 'n2');
      t.ok(owned.length > 0, 'n2 owns some of the entities');
      const attempts = await Promise.allSettled(
        owned.slice(0, 5).map((id) => client.ask(ledger, id, { type: 'read' }, { timeoutMs: 1500 })),
      );
      t.ok(
        attempts.every((a) => a.status === 'rejected'),
        'a frozen node answers nothing',
      );
    } finally {
      frozen.signal('SIGCONT');
    }
    t.equal(directory.current().revision, before, 'the shard map did not change');
    await allAnswer(['n1', 'n2', 'n3']);
  });

  await t.test('kill -9 of a node that does not coordinate', async (t) => {
    const holder = await leaseHolder();
    const victim = ['n1', 'n2', 'n3'].find((id) => id !== holder)!;
    // The other nodes' entities are read throughout by a client of their own, whose attempts
    // wait long: a retry could then only come from an answer that the entity moved or its node
    // is gone, which no entity of a living node may give.
    const bystanders = ids.filter(
      (id) => directory.current().owners[shardOf(entityId('ledger', id), SHARDS)] !== victim,
    );
    const watcher = new EntityClient({
      region: REGION,
      directory,
      transport: new NatsTransport(nc),
      defaultTimeoutMs: 60_000,
      attemptTimeoutMs: 60_000,
      signer: cluster.client.registry!.dataSigner,
    });
    let reading = true;
    let reads = 0;
    const readers = Array.from({ length: 4 }, async (_, reader) => {
      for (let i = reader; reading; i += 4) {
        const state = await watcher.ask(ledger, bystanders[i % bystanders.length]!, { type: 'read' });
        if (!('count' in state) || state.count !== 1) throw new Error(`a bystander answered ${JSON.stringify(state)}`);
        reads++;
      }
    });
    cluster.nodes.get(victim)!.signal('SIGKILL');
    await cluster.nodes.get(victim)!.exited;
    const survivors = ['n1', 'n2', 'n3'].filter((id) => id !== victim);
    await allAnswer(survivors);
    reading = false;
    await Promise.all(readers);
    t.pass(`every entity answers with its event; shards are on ${survivors.join(', ')} only`);
    t.ok(reads > 0, `${reads} reads of the other nodes' entities during the failover`);
    t.equal(watcher.retries, 0, "none of them was retried: the other nodes' entities never moved or waited");
    t.equal(await leaseHolder(), holder, 'the coordinator kept its lease');
  });

  await t.test('kill -9 of the coordinator: the lease is taken over, not waited out', async (t) => {
    const holder = await leaseHolder();
    t.ok(cluster.nodes.get(holder)?.running, `the coordinator ${holder} is alive`);
    cluster.nodes.get(holder)!.signal('SIGKILL');
    await cluster.nodes.get(holder)!.exited;
    const survivor = [...cluster.nodes].find(([, node]) => node.running)![0];
    await allAnswer([survivor]);
    t.equal(await leaseHolder(), survivor, `the lease moved to ${survivor}`);
  });
});
