/**
 * `npm run bench -- keys`: the registry's key paths against raw baselines from the same run, on an
 * embedded node: fetching an org's data key cold (new keyset, key made) and warm (keyset active)
 * vs an entity ask of the same shape without keys; re-sealing an org's data during a rotation vs
 * sealing the same bytes in a loop; backup and restore MB/s vs a streamed copy of the same bytes.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Sealer, StaticKeyring } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import type { EntityClient } from '../../actors/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { parseNodeConfig, startStandalone } from '../../nodes/index.js';
import { keyset, RegistryKeyring } from '../../registry/index.js';
import type { FetchReply, RotationReport } from '../../registry/index.js';
import { backupThroughput } from './backup-throughput.js';
import { figure, percentile } from './figure.js';
import type { Figure } from './figure.js';
import type { BenchOptions } from './runtime.js';

const BENCH = 'keys';
const NOTE_BYTES = 1000;

export async function keysBench(options: BenchOptions): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-bench-keys-'));
  const config = parseNodeConfig('standalone', [
    ...['--data', join(dir, 'data'), '--key-file', join(dir, 'master.key')],
    ...['--http-port', '0', '--grpc-port', '0', '--node-id', 'bench'],
  ]);
  const node = await startStandalone(config!, pino({ level: 'silent' }));
  try {
    const samples = options.quick ? 50 : 400;
    options.progress(`key fetch, cold and warm, ${samples} scopes`);
    const figures = await fetchFigures(node.client, samples);
    const entities = options.quick ? 200 : 2000;
    options.progress(`re-seal during rotation, ${entities} entities of ${NOTE_BYTES} B notes`);
    figures.push(await resealFigure(node.client, config!.dataDir, entities, options));
    const megabytes = options.quick ? 4 : 64;
    options.progress(`backup and restore of ${megabytes} MB of sealed records vs a streamed file copy`);
    figures.push(...(await backupThroughput({ megabytes, bench: BENCH })));
    return figures;
  } finally {
    await node.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function fetchFigures(client: EntityClient, samples: number): Promise<Figure[]> {
  const keysOf = () =>
    new RegistryKeyring(async (id, command) => (await client.ask(keyset, id, command)) as FetchReply);
  const cold: number[] = [];
  const coldBaseline: number[] = [];
  const warm: number[] = [];
  const warmBaseline: number[] = [];
  // The baseline org's key is fetched once up front: its asks then carry no key fetch.
  await client.ask(ledger, 'plain/warm-up', { type: 'append', amount: 1 });
  for (let i = 0; i < samples; i++) {
    // Baseline: a first write to a new entity (activation + fenced append), without any key fetch.
    let started = performance.now();
    await client.ask(ledger, `plain/e-${i}`, { type: 'append', amount: 1 });
    coldBaseline.push(performance.now() - started);
    const keys = keysOf();
    started = performance.now();
    await keys.prepare(`bench-${i}`);
    cold.push(performance.now() - started);
    keys.close();

    started = performance.now();
    await client.ask(ledger, `plain/e-${i}`, { type: 'read' });
    warmBaseline.push(performance.now() - started);
    const again = keysOf();
    started = performance.now();
    await again.prepare(`bench-${i}`);
    warm.push(performance.now() - started);
    again.close();
  }
  const note = (what: string) => `p50 ms; baseline: ${what} on the same node`;
  return [
    figure(
      BENCH,
      'key_fetch_cold_ms',
      percentile(cold, 0.5),
      percentile(coldBaseline, 0.5),
      'ms',
      note('first write to a new entity'),
    ),
    figure(
      BENCH,
      'key_fetch_warm_ms',
      percentile(warm, 0.5),
      percentile(warmBaseline, 0.5),
      'ms',
      note('read of an active entity'),
    ),
  ];
}

async function resealFigure(
  client: EntityClient,
  dataDir: string,
  entities: number,
  options: BenchOptions,
): Promise<Figure> {
  const note = 'x'.repeat(NOTE_BYTES);
  for (let i = 0; i < entities; i += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, entities - i) }, (_, j) =>
        client.ask(ledger, `reseal/e-${i + j}`, { type: 'append', amount: 1, note }),
      ),
    );
  }
  const started = performance.now();
  const report = (await callAdmin(dataDir, { op: 'keys-rotate', org: 'reseal' })) as RotationReport;
  const seconds = (performance.now() - started) / 1000;
  if (report.entities !== entities) throw new Error(`rotation saw ${report.entities} of ${entities} entities`);
  // Each entity's snapshot (about one note) is re-sealed; the marker records are a few bytes.
  const megabytes = (entities * NOTE_BYTES) / 1e6;
  options.progress(`rotation took ${seconds.toFixed(2)} s; measuring raw seal of the same bytes`);
  const sealer = new Sealer(new StaticKeyring([{ version: 1, bytes: randomBytes(32) }]));
  const body = randomBytes(NOTE_BYTES);
  const rawStarted = performance.now();
  for (let i = 0; i < entities; i++)
    sealer.seal('', { purpose: 'snapshot', entity: `reseal/e-${i}` as never, seq: i }, body);
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  return figure(
    BENCH,
    'reseal_mb_per_s',
    megabytes / seconds,
    megabytes / rawSeconds,
    'MB/s',
    `org data re-sealed during a rotation (incl. journal writes, erasure, census) vs raw seal of the same bytes`,
  );
}
