/**
 * `npm run bench -- dns`: the DNS firewall serving (dns-serving.ts), and its blocklist at 1M
 * domains, loaded from a file by a fresh process, three times each, the median kept.
 * - blocklist_1m_load_s: parsing and indexing a 1M-line list (hosts, domain and adblock lines) vs
 *   putting the same names in a plain Set (goal: under 5 s);
 * - blocklist_1m_rss_mb: how much the process's resident memory grew, the same two ways (goal:
 *   at most 150 MB);
 * - blocklist_1m_heap_mb: the live JS heap the loaded list holds, the same two ways.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dnsServingBench } from './dns-serving.js';
import { figure } from './figure.js';
import type { Figure } from './figure.js';
import type { BenchOptions } from './runtime.js';

const BENCH = 'dns';
const TLDS = ['com', 'net', 'org', 'io', 'de', 'co.uk', 'info', 'xyz'];

interface Load {
  readonly ms: number;
  readonly rssBytes: number;
  readonly heapBytes: number;
}

export async function dnsBench(options: BenchOptions): Promise<Figure[]> {
  return [...(await dnsServingBench(options)), ...(await blocklistBench(options))];
}

async function blocklistBench(options: BenchOptions): Promise<Figure[]> {
  const count = options.quick ? 50_000 : 1_000_000;
  const scale = 1_000_000 / count;
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-bench-dns-'));
  try {
    const file = join(dir, 'list.txt');
    await writeFile(file, listOf(count));
    options.progress(
      `a ${count.toLocaleString('en-US')}-line list: our blocklist and a plain Set, three fresh processes each`,
    );
    const ours = await median(() => load('blocklist', file));
    const raw = await median(() => load('set', file));
    const mb = (bytes: number) => (bytes * scale) / 1e6;
    return [
      figure(
        BENCH,
        'blocklist_1m_load_s',
        (ours.ms * scale) / 1000,
        (raw.ms * scale) / 1000,
        's',
        'parse and index 1M hosts/domain/adblock lines vs a plain Set of the same names (goal value < 5 s)',
      ),
      figure(
        BENCH,
        'blocklist_1m_rss_mb',
        mb(ours.rssBytes),
        mb(raw.rssBytes),
        'MB',
        'RSS growth of a process loading the 1M-line list vs one making a plain Set of it (goal value <= 150 MB)',
      ),
      figure(
        BENCH,
        'blocklist_1m_heap_mb',
        mb(ours.heapBytes),
        mb(raw.heapBytes),
        'MB',
        'live heap the loaded 1M-domain blocklist holds vs a plain Set of the names',
      ),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A deterministic list: names like `ad-3f9k.track-1a.net`, a third each as hosts, domain and adblock lines. */
function listOf(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const hash = ((i * 2654435761) >>> 0).toString(36);
    const name = `${i % 7 === 0 ? 'cdn.' : ''}ad-${hash}.track-${(i % 997).toString(36)}.${TLDS[i % TLDS.length]}`;
    lines.push(i % 3 === 0 ? `0.0.0.0 ${name}` : i % 3 === 1 ? name : `||${name}^`);
  }
  return lines.join('\n');
}

function load(mode: 'blocklist' | 'set', file: string): Promise<Load> {
  const script = fileURLToPath(new URL('./blocklist-child.js', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', script, mode, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Load) : reject(new Error(`blocklist child exited ${code}`)),
    );
  });
}

/** The run with the median load time of three (its memory with it). */
async function median(run: () => Promise<Load>): Promise<Load> {
  const runs = [await run(), await run(), await run()];
  return runs.sort((a, b) => a.ms - b.ms)[1]!;
}
