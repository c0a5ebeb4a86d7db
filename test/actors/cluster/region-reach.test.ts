/**
 * Asks to another region over the in-process transport: a region whose nodes are silent and
 * that answers no probe fails the ask with REGION_UNREACHABLE long before its attempt timeout;
 * a region that answers probes is only slow, and its gone nodes are reported to its own
 * coordinators; concurrent callers share one probe.
 */
import t from 'tap';
import type { Test } from 'tap';
import {
  answerRegionProbes,
  defineEntity,
  EntityClient,
  MemoryTransport,
  nodeSubject,
  RegionReach,
  regionSubject,
  StaticShardDirectory,
  ANY_ORIGIN,
} from '../../../actors/index.js';
import type { HomeRouter } from '../../../actors/index.js';
import { suspectSubject } from '../../../actors/cluster/liveness.js';
import { Reply } from '../../../proto/index.js';

const counter = defineEntity({
  kind: 'counter',
  commands: { get: ANY_ORIGIN },
  parseCommand: () => ({ type: 'get' as const }),
  initialState: () => 0,
  decide: (state: number) => ({ events: [], reply: state }),
  evolve: (state: number) => state,
});

/** Serves a node's subject without ever answering (until the test ends), as over a link that drops everything. */
function silentNode(t: Test, transport: MemoryTransport): void {
  const held: (() => void)[] = [];
  transport.serve(
    nodeSubject('far', 'far-n1'),
    () => new Promise<Uint8Array>((resolve) => held.push(() => resolve(new Uint8Array(0)))),
  );
  t.teardown(() => held.forEach((release) => release()));
}

/** A client in region `near` whose every entity lives in region `far`, on node `far-n1`. */
function farClient(transport: MemoryTransport): { client: EntityClient; reach: RegionReach } {
  const reach = new RegionReach(transport);
  const far = { region: 'far', directory: new StaticShardDirectory('far-n1', 4) };
  const router: HomeRouter = {
    route: () => Promise.resolve(far),
    reachable: (region) => reach.check(region),
    moved: () => undefined,
  };
  const client = new EntityClient({
    region: 'near',
    directory: new StaticShardDirectory('near-n1', 4),
    router,
    transport,
    // Only the probe can end an ask before these.
    attemptTimeoutMs: 60_000,
    defaultTimeoutMs: 120_000,
  });
  return { client, reach };
}

t.test('a cut-off region (silent nodes, no probe answered) fails the ask with REGION_UNREACHABLE', async (t) => {
  const transport = new MemoryTransport();
  silentNode(t, transport);
  const { client } = farClient(transport);
  const started = Date.now();
  const error = await client.ask(counter, 'c1', { type: 'get' }).catch((e: unknown) => e);
  t.match(error, {
    code: 'UNAVAILABLE',
    retryable: false,
    details: { reason: 'REGION_UNREACHABLE', region: 'far' },
    message: /region far cannot be reached/,
  });
  t.ok(Date.now() - started < 60_000, 'failed by the probe, not by the attempt timeout');
  await transport.close();
});

t.test('a region that answers probes is only slow: its silent node is waited for, not refused', async (t) => {
  const transport = new MemoryTransport();
  answerRegionProbes(transport, 'far');
  silentNode(t, transport);
  const { client } = farClient(transport);
  const error = await client.ask(counter, 'c1', { type: 'get' }, { timeoutMs: 1500 }).catch((e: unknown) => e);
  t.match(error, { code: 'DEADLINE_EXCEEDED' }, 'the deadline ends it, not a verdict on the region');
  await transport.close();
});

t.test(
  'a reachable region whose node is gone: the node is reported to that region, and the ask served once it is back',
  async (t) => {
    const transport = new MemoryTransport();
    answerRegionProbes(transport, 'far');
    const reported: string[] = [];
    transport.subscribe(suspectSubject('far'), (data) => reported.push(new TextDecoder().decode(data)));
    const { client } = farClient(transport);
    const asked = client.ask(counter, 'c1', { type: 'get' }, { timeoutMs: 30_000 });
    // The node comes after the first attempts met no responders.
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Its node (back), answering as a node does: a Reply whose payload is the JSON reply.
    transport.serve(nodeSubject('far', 'far-n1'), () =>
      Promise.resolve(Reply.encode({ payload: new TextEncoder().encode('0') }).finish()),
    );
    t.equal(await asked.catch((e: unknown) => e), 0, 'answered by the node once it serves');
    t.ok(reported.includes('far-n1'), "the gone node was reported to the far region's coordinators");
    await transport.close();
  },
);

t.test('callers meeting a region at once share one probe', async (t) => {
  const transport = new MemoryTransport();
  let probes = 0;
  transport.serve(regionSubject('far'), () => {
    probes++;
    return Promise.resolve(new Uint8Array(0));
  });
  const reach = new RegionReach(transport, { verdictMs: 60_000 });
  await Promise.all([reach.check('far'), reach.check('far'), reach.check('far')]);
  await reach.check('far');
  t.equal(probes, 1);
  const cutOff = new RegionReach(transport);
  t.match(await cutOff.check('elsewhere').catch((e: unknown) => e), {
    details: { reason: 'REGION_UNREACHABLE', region: 'elsewhere' },
  });
  await transport.close();
});

t.test('an entity that answers ENTITY_MOVED is asked again where the directory now says it lives', async (t) => {
  const transport = new MemoryTransport();
  const encoder = new TextEncoder();
  transport.serve(nodeSubject('old', 'old-n1'), () =>
    Promise.resolve(
      Reply.encode({
        failure: {
          code: 'UNAVAILABLE',
          message: 'counter/c1 moved to region new',
          retryable: true,
          details: { reason: 'ENTITY_MOVED', region: 'new' },
        },
      }).finish(),
    ),
  );
  transport.serve(nodeSubject('new', 'new-n1'), () =>
    Promise.resolve(Reply.encode({ payload: encoder.encode('7') }).finish()),
  );
  let home = 'old';
  const forgotten: string[] = [];
  const router: HomeRouter = {
    route: () => Promise.resolve({ region: home, directory: new StaticShardDirectory(`${home}-n1`, 4) }),
    reachable: () => Promise.resolve(),
    moved: (kind, id) => {
      forgotten.push(`${kind.kind}/${id}`);
      home = 'new';
    },
  };
  const client = new EntityClient({
    region: 'near',
    directory: new StaticShardDirectory('near-n1', 4),
    router,
    transport,
  });
  t.equal(await client.ask(counter, 'c1', { type: 'get' }), 7);
  t.same(forgotten, ['counter/c1'], 'the router was told once, and the retry went to the new region');
  await transport.close();
});
