/**
 * `npm run bench -- cli`: how long the `redoubt` command takes to answer its help, the commands a
 * newcomer types first: `redoubt --help`, `redoubt console --help` (generated from the .proto
 * files) and `redoubt org --help` (a service of the API). Each is the median wall time of several
 * runs of a new process, from spawn to exit, beside the median of `node -e 0` spawned the same way
 * in the same run, in turns with it so that both see the same machine. The goal is 150 ms on an
 * idle machine. One run of each comes first and is not counted: the figures are for a machine
 * whose file cache and V8 compile cache (bin/redoubt.js turns it on) already hold the CLI.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../proto/index.js';
import { figure, percentile } from './figure.js';
import type { Figure } from './figure.js';
import type { BenchOptions } from './runtime.js';

const BENCH = 'cli';
const GOAL_MS = 150;

/** The figures: their names and the `redoubt` command lines they time. */
const COMMAND_LINES: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: 'help_ms', args: ['--help'] },
  { name: 'console_help_ms', args: ['console', '--help'] },
  { name: 'service_help_ms', args: ['org', '--help'] },
];

/** Times the help command lines beside `node -e 0`; see the file's comment. */
export async function cliBench(options: BenchOptions): Promise<Figure[]> {
  const runs = options.quick ? 3 : 15;
  const bin = join(packageRoot(), 'bin', 'redoubt.js');
  const baseline: number[] = [];
  const samples = COMMAND_LINES.map(() => [] as number[]);
  options.progress(`${runs} runs of each, in turns with node -e 0`);
  for (let run = -1; run < runs; run++) {
    const spent = await timedRun(['-e', '0']);
    if (run >= 0) baseline.push(spent);
    for (const [index, { args }] of COMMAND_LINES.entries()) {
      const took = await timedRun([bin, ...args]);
      if (run >= 0) samples[index]!.push(took);
    }
  }
  const base = percentile(baseline, 50);
  return COMMAND_LINES.map(({ name, args }, index) =>
    figure(
      BENCH,
      name,
      percentile(samples[index]!, 50),
      base,
      'ms',
      `median wall time of redoubt ${args.join(' ')}, ${runs} runs; baseline: node -e 0 spawned the same way; goal ≤ ${GOAL_MS} ms idle`,
    ),
  );
}

/**
 * Spawns this Node with `args`, drains its output, waits for it to exit.
 * @returns the wall time from spawn to exit, in milliseconds
 * @throws Error when the process exits with a code other than 0
 */
function timedRun(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const took = performance.now() - started;
      if (code === 0) resolve(took);
      else reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.slice(-500)}`));
    });
  });
}
