import { randomUUID } from 'node:crypto';
import t from 'tap';
import { Envelope, Reply } from '../../proto/index.js';
import { entityId, nodeSubject, shardOf } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { bounded } from '../../sim/cluster/cluster-client.js';
import { entitySuite } from '../helpers/entity-suite.js';
import { filesContaining } from '../helpers/grep-files.js';
import { checkLedgerJournal } from '../helpers/journal-checker.js';
import { REGION, SHARDS, startTestCluster } from '../helpers/test-cluster.js';

const ENTITIES = Number(process.env.REDOUBT_TEST_ENTITIES ?? 10_000);
const MARKER = `PLAINTEXT-MARKER-${randomUUID()}`;

t.test('a 3-server R3 cluster with 3 nodes survives kill -9 of a node with no acknowledged event lost', async (t) => {
  await using cluster = await startTestCluster();
  const { client } = cluster.client;

  await t.test('the entity suite passes on the cluster', (t) => entitySuite(t, client, 'cluster'));

  const ids = Array.from({ length: ENTITIES }, (_, i) => `e${i}`);
  const acked = new Map<string, { amounts: number[]; requestIds: string[] }>();
  const write = async (id: string, round: number): Promise<void> => {
    const amount = (Number(id.slice(1)) % 97) + round;
    const requestId = randomUUID();
    await client.ask(ledger, id, { type: 'append', amount, note: `${MARKER} ${id}` }, { requestId });
    const entry = acked.get(id) ?? { amounts: [], requestIds: [] };
    entry.amounts.push(amount);
    entry.requestIds.push(requestId);
    acked.set(id, entry);
  };

  let started = Date.now();
  await bounded(ids, 200, (id) => write(id, 1));
  t.comment(`${ENTITIES} entities written in ${Date.now() - started} ms`);
  t.equal(acked.size, ENTITIES, 'every first write was acknowledged');

  const victim = cluster.nodes.get('n3')!;
  const victimShards = new Set(cluster.client.ownersOf('n3'));
  t.ok(victimShards.size > 0, 'n3 owned shards before it died');
  victim.signal('SIGKILL');
  await victim.exited;
  const killedAt = Date.now();

  // Every entity answers again, the dead node's first among them.
  const orphans = ids.filter((id) => victimShards.has(shardOf(entityId('ledger', id), SHARDS)));
  await bounded(orphans, 200, async (id) => {
    const state = await client.ask(ledger, id, { type: 'read' });
    if (!('count' in state) || state.count !== 1) throw new Error(`${id} lost its event: ${JSON.stringify(state)}`);
  });
  t.comment(
    `failover: all ${orphans.length} entities of the killed node answered ${Date.now() - killedAt} ms after kill -9`,
  );
  await cluster.client.waitForOwners(['n1', 'n2']);

  started = Date.now();
  const states = await bounded(ids, 200, (id) => client.ask(ledger, id, { type: 'read' }));
  t.comment(`read back ${ENTITIES} entities in ${Date.now() - started} ms`);
  const wrong = states.flatMap((s, i) => {
    const want = acked.get(ids[i]!)!;
    return 'total' in s && s.count === 1 && s.total === want.amounts[0] ? [] : [ids[i]];
  });
  t.same(wrong, [], 'every entity answers with exactly its acknowledged event');

  await bounded(ids, 200, (id) => write(id, 2));
  t.pass('every entity takes writes after the failover');

  await t.test('the journal, read back whole, holds every acknowledged event once and no fork', async (t) => {
    const report = await checkLedgerJournal(cluster.client.nc, REGION, cluster.keyring);
    t.same(report.problems, [], 'sequences contiguous from 1, every record opens, no request applied twice');
    const mismatched: string[] = [];
    for (const id of ids) {
      const seen = report.entities.get(entityId('ledger', id));
      const want = acked.get(id)!;
      const total = want.amounts.reduce((a, b) => a + b, 0);
      if (
        seen === undefined ||
        seen.lastSeq !== 2 ||
        seen.state.count !== 2 ||
        seen.state.total !== total ||
        !want.requestIds.every((r) => seen.requestIds.has(r))
      ) {
        mismatched.push(id);
      }
    }
    t.same(mismatched.slice(0, 10), [], 'state equals the fold of the acknowledged commands for every entity');
  });

  await t.test('malformed envelopes over real NATS get clear errors and the node keeps serving', async (t) => {
    const subject = nodeSubject(REGION, 'n1');
    const raw = (bytes: Uint8Array) => cluster.client.nc.request(subject, bytes, { timeout: 5000 });
    const garbage = Reply.decode((await raw(Uint8Array.from([0xff, 0x01, 0x02]))).data);
    t.equal(garbage.failure?.code, 'INVALID_ENVELOPE');
    const unknown = Envelope.encode({
      targetKind: 'dragon',
      targetId: 'x',
      method: 'read',
      payload: new TextEncoder().encode('{"type":"read"}'),
      deadlineUnixMs: Date.now() + 5000,
      requestId: 'r',
    }).finish();
    t.equal(Reply.decode((await raw(unknown)).data).failure?.code, 'UNKNOWN_ENTITY_KIND');
    const huge = Envelope.encode({
      targetKind: 'ledger',
      targetId: 'x',
      method: 'append',
      payload: new Uint8Array(300 * 1024),
      deadlineUnixMs: Date.now() + 5000,
      requestId: 'r',
    }).finish();
    t.equal(Reply.decode((await raw(huge)).data).failure?.code, 'PAYLOAD_TOO_LARGE');
    t.match(await client.ask(ledger, 'still-alive', { type: 'read' }), { count: 0 });
  });

  await t.test('nothing is plaintext at rest: the marker is in no file of any node or NATS store', async (t) => {
    const dirs = [...cluster.nodes.keys()]
      .map((id) => cluster.dataDir(id))
      .concat(cluster.nats.servers.map((s) => s.storeDir));
    const { hits, scanned, bytes } = await filesContaining(dirs, MARKER);
    t.ok(scanned > 0 && bytes > ENTITIES * 50, `scanned ${scanned} files, ${bytes} bytes`);
    t.same(hits, [], 'no file holds the marker');
  });
});
