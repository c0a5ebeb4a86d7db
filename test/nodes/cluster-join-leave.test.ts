import t from 'tap';
import { entityId } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { checkLedgerJournal } from '../helpers/journal-checker.js';
import { REGION, startTestCluster } from '../helpers/test-cluster.js';

t.test('a node joins and another leaves gracefully under load: shards move and no request fails', async (t) => {
  await using cluster = await startTestCluster();
  const { client, nc } = cluster.client;
  const ids = Array.from({ length: 1000 }, (_, i) => `j${i}`);
  const acked = new Map<string, number>();
  const failures: string[] = [];
  let running = true;
  let requests = 0;
  const worker = async (w: number): Promise<void> => {
    for (let i = w; running; i += 17) {
      const id = ids[i % ids.length]!;
      requests++;
      try {
        await client.ask(ledger, id, { type: 'append', amount: 1 });
        acked.set(id, (acked.get(id) ?? 0) + 1);
      } catch (error) {
        failures.push(`${id}: ${(error as Error).message}`);
      }
    }
  };
  const load = Array.from({ length: 16 }, (_, w) => worker(w));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

  await settle();
  const retriesBefore = client.retries;
  await cluster.startNode('n4');
  await cluster.client.waitForOwners(['n1', 'n2', 'n3', 'n4']);
  const moved = cluster.client.ownersOf('n4').length;
  t.ok(moved > 0 && moved < 32, `the new node took ${moved} of 32 shards, not all`);
  await settle();

  const leaver = cluster.nodes.get('n2')!;
  leaver.signal('SIGTERM');
  await cluster.client.waitForOwners(['n1', 'n3', 'n4']);
  t.equal(await leaver.exited, 0, 'the leaving node exited cleanly after handing off');
  t.match(leaver.tail(), /left the cluster/);
  await settle();

  running = false;
  await Promise.all(load);
  t.comment(`${requests} requests under load, ${client.retries - retriesBefore} transparent retries`);
  t.same(failures.slice(0, 5), [], 'no request failed beyond its retries');

  const report = await checkLedgerJournal(nc, REGION, cluster.keyring);
  t.same(report.problems, [], 'no journal fork');
  const wrong = ids.filter(
    (id) => (report.entities.get(entityId('ledger', id))?.state.count ?? 0) !== (acked.get(id) ?? 0),
  );
  t.same(wrong.slice(0, 5), [], 'every entity holds exactly its acknowledged writes');
});
