import { randomUUID } from 'node:crypto';
import t from 'tap';
import { Reply } from '../../proto/index.js';
import { signedEnvelope } from '../helpers/envelopes.js';
import { entityId, nodeSubject, shardOf } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { bounded } from '../../sim/cluster/cluster-client.js';
import { checkLedgerJournal } from '../helpers/journal-checker.js';
import { REGION, SHARDS, startTestCluster } from '../helpers/test-cluster.js';

t.test(
  'a frozen owner loses its shards; after SIGCONT its writes are refused and the journal never forks',
  async (t) => {
    await using cluster = await startTestCluster();
    const { client, nc } = cluster.client;
    const ids = Array.from({ length: 300 }, (_, i) => `s${i}`);
    const acked = new Map<string, string[]>();
    const write = async (id: string): Promise<void> => {
      const requestId = randomUUID();
      await client.ask(ledger, id, { type: 'append', amount: 1 }, { requestId });
      acked.set(id, [...(acked.get(id) ?? []), requestId]);
    };
    await bounded(ids, 50, write);

    const stale = cluster.nodes.get('n2')!;
    const staleShards = new Set(cluster.client.ownersOf('n2'));
    const staleIds = ids.filter((id) => staleShards.has(shardOf(entityId('ledger', id), SHARDS)));
    t.ok(staleIds.length > 0, `n2 hosts ${staleIds.length} active entities`);

    stale.signal('SIGSTOP');
    // Writes from a client whose map still names n2: they wait in n2's socket while it is frozen.
    const refusedIds = new Map<string, string>();
    const staleWrites = staleIds.map(async (id) => {
      const requestId = `stale-${randomUUID()}`;
      refusedIds.set(id, requestId);
      const bytes = signedEnvelope(cluster.client.registry!.dataSigner, {
        kind: 'ledger',
        id,
        command: { type: 'append', amount: 1000 },
        deadline: Date.now() + 60_000,
        requestId,
      });
      return Reply.decode((await nc.request(nodeSubject(REGION, 'n2'), bytes, { timeout: 60_000 })).data);
    });

    await cluster.client.waitForOwners(['n1', 'n3']);
    t.pass('the frozen node lost its shards to the others');
    await bounded(staleIds, 50, write);
    t.pass('its entities take writes on their new owners');

    stale.signal('SIGCONT');
    const replies = await Promise.all(staleWrites);
    const accepted = replies.filter((r) => !r.failure);
    t.equal(accepted.length, 0, 'no write sent to the stale owner was accepted');
    const codes = new Set(replies.map((r) => r.failure?.code));
    t.ok(
      [...codes].every((c) => c === 'JOURNAL_FENCED' || c === 'NOT_OWNER' || c === 'UNAVAILABLE'),
      `refused with ${[...codes].join(', ')}`,
    );
    t.ok(
      replies.every((r) => r.failure?.retryable === true),
      'every refusal tells the caller to retry',
    );

    await stale.waitForLog(/retired entities of shards that moved|append fenced/, 10_000);
    t.pass('the stale node stopped its copies of the moved entities');
    await cluster.client.waitForOwners(['n1', 'n2', 'n3']);
    t.pass('the thawed node rejoins and gets shards again');
    await bounded(ids, 50, write);
    t.pass('every entity takes writes after the rejoin, wherever it lives now');

    const report = await checkLedgerJournal(nc, REGION, cluster.keyring);
    t.same(report.problems, [], 'no journal fork: sequences contiguous, no request applied twice');
    const wrong = ids.filter((id) => {
      const seen = report.entities.get(entityId('ledger', id));
      const want = acked.get(id)!;
      return (
        seen === undefined ||
        seen.state.count !== want.length ||
        !want.every((r) => seen.requestIds.has(r)) ||
        (refusedIds.has(id) && seen.requestIds.has(refusedIds.get(id)!))
      );
    });
    t.same(wrong, [], 'every entity holds exactly its acknowledged writes and none of the refused ones');
  },
);
