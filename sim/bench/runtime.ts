/**
 * `npm run bench -- runtime`: the actor runtime against raw baselines measured in the same run,
 * all on loopback: entity asks vs raw NATS request/reply, encrypted fenced journal appends vs raw
 * JetStream publishes, sealing vs native ChaCha20-Poly1305, memory per 100k active idle entities
 * vs a plain Map of their states, failover time after kill -9 vs the heartbeat failure-detection
 * time, and the latency of the other nodes' entities during the failover vs before it.
 */
import { spawn } from 'node:child_process';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  EntityClient,
  JetStreamJournal,
  KvShardDirectory,
  NatsTransport,
  Sealer,
  StaticKeyring,
  entityId,
  loadKeyFileKeyring,
  openShardMapBucket,
  shardOf,
  StoredNames,
  PLATFORM_SCOPE,
} from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import type { EntityId } from '../../actors/index.js';
import { LocalRegistry, NatsCluster, NatsServer, RedoubtNode } from '../cluster/index.js';
import { nodeRegistryClient } from '../cluster/node-registry-client.js';
import { figure, percentile } from './figure.js';
import type { Figure } from './figure.js';
import { alternating } from './load.js';
import { startEchoResponder } from './raw-nats.js';

export interface BenchOptions {
  /** Shorter runs and smaller counts, to check that the bench works. */
  readonly quick: boolean;
  readonly progress: (message: string) => void;
}

const BENCH = 'runtime';
const CONCURRENCY = 64;
const SHARDS = 64;
/** Alternating rounds of baseline and ours; each figure is the median round. */
const ROUNDS = 3;

export async function runtimeBench(options: BenchOptions): Promise<Figure[]> {
  const durationMs = options.quick ? 1500 : 9000;
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-bench-'));
  const keyFile = join(dir, 'keys', 'master.key');
  const keyring = await loadKeyFileKeyring(keyFile, { create: true });
  const figures: Figure[] = [];
  try {
    options.progress('seal/open vs native ChaCha20-Poly1305');
    figures.push(...sealFigures(options.quick));

    options.progress('starting nats-server with JetStream on loopback');
    await using server = await NatsServer.start();
    // Same options as a node's connection (no per-request async stack traces), for ours and baselines alike.
    const nc = await connect({ servers: server.url, noAsyncTraces: true });
    try {
      options.progress('entity asks vs raw NATS request/reply');
      figures.push(...(await askFigures(server.url, nc, dir, durationMs)));
      options.progress('encrypted journal append vs raw JetStream publish');
      figures.push(await journalFigure(nc, keyring, durationMs));
    } finally {
      await nc.close();
    }

    // RSS moves in pages and V8 heap chunks: fewer than 100k entities give no stable difference.
    options.progress('memory of 100k active idle entities');
    figures.push(await memoryFigure(100_000));

    options.progress('failover after kill -9 in a 3-server R3 cluster with 3 nodes');
    figures.push(...(await failoverFigures(dir, options.quick ? 500 : 3000)));
  } finally {
    keyring.close();
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

function sealFigures(quick: boolean): Figure[] {
  const sealer = new Sealer(new StaticKeyring([{ version: 1, bytes: randomBytes(32) }]));
  const key = randomBytes(32);
  const out: Figure[] = [];
  for (const [name, size] of [
    ['seal_throughput', 1024],
    ['seal_throughput_16k', 16 * 1024],
  ] as const) {
    const plaintext = randomBytes(size);
    const iterations = Math.max(200, Math.floor(((quick ? 20 : 200) * 1024 * 1024) / size));
    const context = { purpose: 'event' as const, entity: 'ledger/bench', seq: 1 };
    const ours = timeMbPerSecond(size, iterations, () => sealer.seal('', context, plaintext));
    const native = timeMbPerSecond(size, iterations, () => {
      const cipher = createCipheriv('chacha20-poly1305', key, randomBytes(12), { authTagLength: 16 });
      cipher.setAAD(Buffer.alloc(48), { plaintextLength: size });
      Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    });
    out.push(
      figure(
        BENCH,
        name,
        ours,
        native,
        'MB/s',
        `XChaCha20-Poly1305 seal of ${size} B vs native ChaCha20-Poly1305 (goal ratio >= 0.9)`,
      ),
    );
  }
  const sealed = sealer.seal('', { purpose: 'event', entity: 'ledger/bench', seq: 1 }, randomBytes(1024));
  const iterations = quick ? 20_000 : 200_000;
  const opened = timeMbPerSecond(1024, iterations, () =>
    sealer.open('', { purpose: 'event', entity: 'ledger/bench', seq: 1 }, sealed),
  );
  const nativeOpen = nativeOpenRate(key, iterations);
  out.push(
    figure(
      BENCH,
      'open_throughput',
      opened,
      nativeOpen,
      'MB/s',
      'XChaCha20-Poly1305 open of 1 KiB vs native ChaCha20-Poly1305',
    ),
  );
  return out;
}

function nativeOpenRate(key: Uint8Array, iterations: number): number {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  const ciphertext = Buffer.concat([cipher.update(randomBytes(1024)), cipher.final()]);
  const tag = cipher.getAuthTag();
  return timeMbPerSecond(1024, iterations, () => {
    const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
    decipher.setAuthTag(tag);
    Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  });
}

function timeMbPerSecond(size: number, iterations: number, work: () => unknown): number {
  for (let i = 0; i < Math.min(1000, iterations); i++) work();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) work();
  const seconds = (performance.now() - started) / 1000;
  return (size * iterations) / seconds / 1e6;
}

async function askFigures(url: string, nc: NatsConnection, dir: string, durationMs: number): Promise<Figure[]> {
  // Baseline: a responder process that echoes, reached from this process as entities are.
  const responder = await startEchoResponder(url, 'bench.echo');
  const payload = new Uint8Array(96);
  // Org data keys come from a registry node, as in production.
  await using registry = await LocalRegistry.start({ natsUrl: url, dir: join(dir, 'registry') });
  await using node = await RedoubtNode.start({
    nodeId: 'bench',
    natsUrl: url,
    dataDir: join(dir, 'node'),
    certDir: await registry.issueCertificate('bench'),
    region: 'bench',
    shards: SHARDS,
  });
  const directory = await KvShardDirectory.open(await openShardMapBucket(nc, { region: 'bench' }), SHARDS);
  try {
    while (directory.current().owners.some((o) => o === null)) await directory.nextChange(1000);
    if ((await node.health()).ready !== true) throw new Error('the bench node is not ready');
    // The bench vouches for its envelopes as a node does (the guard is on, as in production).
    await using vouch = await nodeRegistryClient(nc, await registry.issueCertificate('bench-client'));
    await vouch.envelopeKeys.load();
    const client = new EntityClient({
      region: 'bench',
      directory,
      transport: new NatsTransport(nc),
      signer: vouch.dataSigner,
    });
    const ids = Array.from({ length: 1000 }, (_, i) => `b${i}`);
    await Promise.all(ids.map((id) => client.ask(ledger, id, { type: 'append', amount: 1 })));
    const { ours: asks, baseline: raw } = await alternating(
      ROUNDS,
      CONCURRENCY,
      durationMs / ROUNDS,
      (w, i) => client.ask(ledger, ids[(w * 7919 + i) % ids.length]!, { type: 'read' }),
      () => nc.request('bench.echo', payload, { timeout: 5000 }),
    );
    const rawP50 = percentile(raw.latenciesMs, 50);
    const rawP99 = percentile(raw.latenciesMs, 99);
    const note = `entity read ask vs raw NATS request/reply, ${CONCURRENCY} in flight (goal ratio >= 0.5)`;
    if (asks.errors > 0) throw new Error(`${asks.errors} asks failed during the bench`);
    return [
      figure(BENCH, 'ask_throughput', asks.perSecond, raw.perSecond, 'ops/s', note),
      figure(
        BENCH,
        'ask_p50',
        percentile(asks.latenciesMs, 50),
        rawP50,
        'ms',
        'entity ask p50 vs raw request/reply p50',
      ),
      figure(
        BENCH,
        'ask_p99',
        percentile(asks.latenciesMs, 99),
        rawP99,
        'ms',
        'entity ask p99 vs raw request/reply p99',
      ),
    ];
  } finally {
    responder.kill('SIGTERM');
    await directory.close();
  }
}

async function journalFigure(nc: NatsConnection, keyring: StaticKeyring, durationMs: number): Promise<Figure> {
  const journal = await JetStreamJournal.open(nc, {
    region: 'benchjournal',
    names: new StoredNames(keyring, () => PLATFORM_SCOPE),
  });
  const sealer = new Sealer(keyring);
  const body = new TextEncoder().encode(
    JSON.stringify({
      requestId: 'x'.repeat(36),
      events: [{ type: 'appended', amount: 1 }],
      reply: '{}',
      at: Date.now(),
    }),
  );
  const positions = new Map<EntityId, { position: number; seq: number }>();
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({ name: 'BENCH_RAW', subjects: ['bench.raw.>'], storage: 'file' as never });
  const js = jetstream(nc);
  const rawPayload = sealer.seal('', { purpose: 'event', entity: 'ledger/raw', seq: 1 }, body);
  const { ours, baseline: raw } = await alternating(
    ROUNDS,
    CONCURRENCY,
    durationMs / ROUNDS,
    async (worker) => {
      const entity = entityId('ledger', `journal-${worker}`);
      const head = positions.get(entity) ?? { position: 0, seq: 0 };
      const seq = head.seq + 1;
      const sealed = sealer.seal('', { purpose: 'event', entity, seq }, body);
      const position = await journal.append(entity, head.position, { seq, count: 1, sealed });
      positions.set(entity, { position, seq });
    },
    (worker) => js.publish(`bench.raw.${worker}`, rawPayload),
  );
  await jsm.streams.delete('BENCH_RAW');
  if (ours.errors > 0) throw new Error(`${ours.errors} journal appends failed during the bench`);
  return figure(
    BENCH,
    'journal_append',
    ours.perSecond,
    raw.perSecond,
    'appends/s',
    `seal + fenced append (expected-last-subject-seq) vs raw JetStream publish, ${CONCURRENCY} in flight (goal ratio >= 0.7)`,
  );
}

async function memoryFigure(count: number): Promise<Figure> {
  const script = fileURLToPath(new URL('./rss-child.js', import.meta.url));
  const measure = (mode: string) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ['--expose-gc', script, mode, String(count)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('exit', (code) =>
        code === 0
          ? resolve((JSON.parse(out) as { bytes: number }).bytes)
          : reject(new Error(`rss child exited ${code}`)),
      );
    });
  const scale = 100_000 / count;
  // RSS depends on when the allocator returns pages; the median of three fresh processes is stable.
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await measure('entities'));
  const value = ((runs.sort((a, b) => a - b)[1] ?? 0) * scale) / 1e6;
  const baseline = ((await measure('baseline')) * scale) / 1e6;
  return figure(
    BENCH,
    'rss_per_100k_entities',
    value,
    baseline,
    'MB',
    'RSS of 100k active idle entities vs a plain Map of their states (goal value <= 150 MB)',
  );
}

async function failoverFigures(dir: string, entities: number): Promise<Figure[]> {
  const deadAfterMs = 2500;
  await using cluster = await NatsCluster.start({ size: 3 });
  await using registry = await LocalRegistry.start({ natsUrl: cluster.url, dir: join(dir, 'registry-f'), replicas: 3 });
  const nodes: RedoubtNode[] = [];
  const nc = await connect({ servers: cluster.urls, maxReconnectAttempts: -1, noAsyncTraces: true });
  try {
    for (const id of ['f1', 'f2', 'f3']) {
      nodes.push(
        await RedoubtNode.start({
          nodeId: id,
          natsUrl: cluster.url,
          dataDir: join(dir, id),
          certDir: await registry.issueCertificate(id),
          region: 'failover',
          shards: SHARDS,
          replicas: 3,
        }),
      );
    }
    const directory = await KvShardDirectory.open(
      await openShardMapBucket(nc, { region: 'failover', replicas: 3 }),
      SHARDS,
    );
    await using vouch = await nodeRegistryClient(nc, await registry.issueCertificate('failover-client'));
    await vouch.envelopeKeys.load();
    const client = new EntityClient({
      signer: vouch.dataSigner,
      region: 'failover',
      directory,
      transport: new NatsTransport(nc),
      defaultTimeoutMs: 30_000,
    });
    while (new Set(directory.current().owners).size !== 3) await directory.nextChange(1000);
    const ids = Array.from({ length: entities }, (_, i) => `f${i}`);
    for (let i = 0; i < ids.length; i += 200)
      await Promise.all(ids.slice(i, i + 200).map((id) => client.ask(ledger, id, { type: 'append', amount: 1 })));
    const victim = nodes[2]!;
    const ownerOf = (id: string) => directory.current().owners[shardOf(entityId('ledger', id), SHARDS)];
    const orphans = ids.filter((id) => ownerOf(id) === victim.nodeId);
    const bystanders = ids.filter((id) => ownerOf(id) !== victim.nodeId);
    // The other nodes' entities are read throughout; their latency before the kill is the baseline.
    const before: number[] = [];
    const during: number[] = [];
    let window: number[] | undefined = before;
    const readBystanders = async (): Promise<void> => {
      for (let i = 0; window !== undefined; i++) {
        const started = performance.now();
        const into = window;
        await client.ask(ledger, bystanders[i % bystanders.length]!, { type: 'read' });
        into.push(performance.now() - started);
      }
    };
    const readers = Array.from({ length: 8 }, () => readBystanders());
    await new Promise((resolve) => setTimeout(resolve, 2000));
    window = during;
    victim.signal('SIGKILL');
    await victim.exited;
    const killed = performance.now();
    await Promise.all(orphans.map((id) => client.ask(ledger, id, { type: 'read' })));
    const seconds = (performance.now() - killed) / 1000;
    window = undefined;
    await Promise.all(readers);
    await directory.close();
    return [
      figure(
        BENCH,
        'failover_seconds',
        seconds,
        deadAfterMs / 1000,
        's',
        `until all ${orphans.length} entities of the killed node answer, vs the heartbeat failure-detection time (dead-after); goal value <= 1 s`,
      ),
      figure(
        BENCH,
        'failover_bystander_p99',
        percentile(during, 99),
        percentile(before, 99),
        'ms',
        `p99 of reads of the other nodes' entities during the failover (${during.length}) vs before it (${before.length}); goal ratio ~1`,
      ),
    ];
  } finally {
    await nc.close();
    await Promise.all(nodes.map((n) => n[Symbol.asyncDispose]()));
  }
}
