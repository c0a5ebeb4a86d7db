/**
 * `npm run bench -- regions`: what an ask to another region costs. Two regions (eu, us) of one
 * nats-server each, joined by a NATS gateway link, one shard node each. The same entity of eu is
 * asked from a connection to eu's server (in region) and from one to us's server (across the
 * link), one ask at a time, in turns; beside each, a raw NATS request to an echo responder on
 * eu's server from the same two connections. The cross-region figure's baseline is the raw
 * request over the same link: the ratio is what the runtime adds to the link's round trip.
 */
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { ledger } from '../../domain/index.js';
import { clusterClient } from '../cluster/cluster-client.js';
import type { ClusterClient } from '../cluster/cluster-client.js';
import { SimCluster } from '../cluster/sim-cluster.js';
import type { SimClusterSpec } from '../cluster/sim-cluster.js';
import { figure, percentile } from './figure.js';
import type { Figure } from './figure.js';
import { startEchoResponder } from './raw-nats.js';
import type { BenchOptions } from './runtime.js';

const BENCH = 'regions';
const SPEC: SimClusterSpec = {
  regions: ['eu', 'us'],
  nats: 1,
  nodes: 1,
  gateways: 1,
  registryNodes: 1,
  shards: 16,
  scryptN: 1024,
  heartbeatMs: 500,
  deadAfterMs: 2500,
  leaseMs: 3000,
};
const ENTITY = 'bench-regions';

/** Times asks and raw requests in and across regions; see the file's comment. */
export async function regionsBench(options: BenchOptions): Promise<Figure[]> {
  const rounds = options.quick ? 50 : 2000;
  await using cluster = await SimCluster.start({ spec: SPEC, progress: options.progress });
  const certDir = await cluster.registry.issueCertificate('bench-regions');
  const open = (url: string): Promise<ClusterClient> =>
    clusterClient(url, { region: 'eu', shards: SPEC.shards, replicas: 1, certDir });
  await using inRegion = await open(cluster.natsUrl('eu'));
  await using acrossLink = await open(cluster.natsUrl('us'));
  const subject = `bench.regions.${process.pid}`;
  const responder = await startEchoResponder(cluster.natsUrl('eu'), subject);
  const rawEu = await connect({ servers: cluster.natsUrl('eu').split(','), noAsyncTraces: true });
  const rawUs = await connect({ servers: cluster.natsUrl('us').split(','), noAsyncTraces: true });
  try {
    // The entity is active and the responder's interest known across the link before timing.
    await inRegion.client.ask(ledger, ENTITY, { type: 'append', amount: 1, note: 'warm' });
    const payload = new Uint8Array(96);
    const raw = (nc: NatsConnection) => () => nc.request(subject, payload, { timeout: 5000 });
    const ask = (c: ClusterClient) => () => c.client.ask(ledger, ENTITY, { type: 'read' });
    const timed = {
      askIn: ask(inRegion),
      askAcross: ask(acrossLink),
      rawIn: raw(rawEu),
      rawAcross: raw(rawUs),
    };
    const samples = Object.fromEntries(Object.keys(timed).map((k) => [k, [] as number[]])) as Record<
      keyof typeof timed,
      number[]
    >;
    options.progress(`${rounds} rounds of one ask and one raw request each, in and across regions, in turns`);
    for (let round = -20; round < rounds; round++) {
      for (const [name, call] of Object.entries(timed) as [keyof typeof timed, () => Promise<unknown>][]) {
        const started = performance.now();
        await call();
        if (round >= 0) samples[name].push(performance.now() - started);
      }
    }
    const p = (name: keyof typeof timed, q: number) => percentile(samples[name], q);
    const note = (q: string) =>
      `${q} of ${rounds} sequential asks to an eu entity through us's server; baseline: raw NATS request over the same gateway link`;
    return [
      figure(BENCH, 'cross_region_ask_p50', p('askAcross', 50), p('rawAcross', 50), 'ms', note('p50')),
      figure(BENCH, 'cross_region_ask_p99', p('askAcross', 99), p('rawAcross', 99), 'ms', note('p99')),
      figure(
        BENCH,
        'in_region_ask_p50',
        p('askIn', 50),
        p('rawIn', 50),
        'ms',
        'p50 of the same asks through eu’s own server; baseline: raw NATS request in eu',
      ),
      figure(
        BENCH,
        'gateway_link_rtt_p50',
        p('rawAcross', 50),
        p('rawIn', 50),
        'ms',
        'raw NATS request across the link; baseline: the same request in region',
      ),
    ];
  } finally {
    await rawEu.close();
    await rawUs.close();
    responder.kill('SIGTERM');
  }
}
