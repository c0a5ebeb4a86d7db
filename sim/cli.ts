/**
 * `redoubt sim …`: the load simulation harness from the command line.
 * - `redoubt sim cluster`: a whole cluster on loopback until Ctrl-C;
 * - `redoubt sim run`: a workload (preset or file) with its faults, then the report;
 * - `redoubt sim capacity`: the highest rate whose p99 stays under a bound.
 * Exit codes: 0 done (and consistent), 1 failed or inconsistent, 2 bad usage.
 *
 * What runs a command (the cluster launcher, the workloads, and through them the runtime) is
 * imported once its command line is read, so `redoubt sim --help` loads this file and no more.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SimConfigError } from './errors.js';
import type { WorkloadConfig } from './workload/workload-config.js';

const HELP = `Usage: redoubt sim <command> [options]

Commands:
  cluster    start a local cluster (nats-servers, registry, shard nodes, gateways) until Ctrl-C
  run        run a workload against a fresh local cluster and write report.json and report.html
  capacity   find the highest arrival rate whose p99 stays under a bound

Run "redoubt sim <command> --help" for its options.
`;

const CLUSTER_HELP = `Usage: redoubt sim cluster [options]

Starts per region a nats-server cluster with JetStream (regions joined by NATS gateways), shard
nodes and gateway nodes on 127.0.0.1, and one registry group in the first region. Prints the
endpoints and keeps running until Ctrl-C, then stops every process it started.

Options:
  --nats N             nats-servers per region (default 3)
  --nodes N            shard nodes per region (default 3)
  --gateways N         gateway nodes per region (default 1)
  --registry-nodes N   registry nodes (default 1)
  --regions A,B        region names (default sim); two or more are joined by NATS gateways
  --dir DIR            data directory, kept afterwards (default: a temp dir, removed)
  --help               show this help

Make a superadmin on a gateway with: redoubt superadmin create --data <gateway data dir> …
`;

/** `redoubt sim run --help`, with the presets' summaries (the presets load with it). */
function runHelp(presetSummaries: () => string[]): string {
  return `Usage: redoubt sim run [--preset NAME | --config FILE] [options]

Starts the workload's cluster, creates its population through the gateways, runs the operation
mix open loop at the target rate with the fault schedule, checks that every acknowledged write
is in the journal and that no entity forked, and writes report.json and report.html.

Options:
  --preset NAME      a built-in workload (default smoke)
  --config FILE      a workload file (JSON; see sim/README.md)
  --rate N           override the arrival rate (operations per second)
  --duration S       override the measured phase's length (seconds)
  --seed N           override the random seed
  --out DIR          where the reports go (default sim-report)
  --dir DIR          cluster data directory, kept afterwards (default: a temp dir, removed)
  --json             print the report's JSON instead of the summary
  --help             show this help

Presets:
${presetSummaries()
  .map((line) => `  ${line}`)
  .join('\n')}
`;
}

const CAPACITY_HELP = `Usage: redoubt sim capacity [--preset NAME | --config FILE] [options]

Runs the workload's mix without faults at rising arrival rates on one cluster (or one standalone
node) and reports the highest rate whose p99 stayed under the bound with no errors, as the median
of several searches, beside the p99 and the CPU per operation at a low fixed rate and the raw NATS
request/reply rate of this machine. Each step lasts long enough for --step-ops operations, within
--min-step-s and --max-step-s; with the defaults a run takes 10 to 20 minutes.

Options:
  --preset NAME      a built-in workload (default smoke)
  --config FILE      a workload file (JSON)
  --standalone       measure a standalone node (redoubt start) instead of the workload's cluster
  --p99-ms MS        the latency bound (default 50)
  --step-ops N       operations per step (default 3000)
  --min-step-s S     shortest step (default 10)
  --max-step-s S     longest step, and the length of the low-rate step (default 30)
  --warmup-s S       warm-up before anything is measured (default 30)
  --searches N       searches whose median is reported (default 3)
  --start-rate N     the first rate tried (default 25)
  --low-rate N       the rate of the p99 and CPU figures (default 25)
  --json             print the figures as JSON
  --help             show this help
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'cluster':
        return await clusterCommand(rest);
      case 'run':
        return await runCommand(rest);
      case 'capacity':
        return await capacityCommand(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP);
        return command === undefined ? 2 : 0;
      default:
        process.stderr.write(`redoubt sim: unknown command ${command}\n\n${HELP}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof SimConfigError) {
      process.stderr.write(`redoubt sim: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function parse<T extends Record<string, { type: 'string' | 'boolean' }>>(
  argv: readonly string[],
  options: T,
  command: string,
) {
  try {
    return parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean' } }, strict: true })
      .values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new SimConfigError(`${(error as Error).message}; see redoubt sim ${command} --help`);
  }
}

async function clusterCommand(argv: readonly string[]): Promise<number> {
  const values = parse(
    argv,
    {
      nats: { type: 'string' },
      nodes: { type: 'string' },
      gateways: { type: 'string' },
      'registry-nodes': { type: 'string' },
      regions: { type: 'string' },
      dir: { type: 'string' },
    },
    'cluster',
  );
  if (values['help']) return print(CLUSTER_HELP);
  const { parseWorkloadConfig } = await import('./workload/workload-config.js');
  const { SimCluster } = await import('./cluster/sim-cluster.js');
  const count = (name: string) =>
    values[name] === undefined ? undefined : wholeNumber(values[name] as string, `--${name}`);
  const config = parseWorkloadConfig(
    {
      rate: 1,
      durationS: 1,
      cluster: {
        ...(values['regions'] === undefined ? {} : { regions: (values['regions'] as string).split(',') }),
        ...defined({
          nats: count('nats'),
          nodes: count('nodes'),
          gateways: count('gateways'),
          registryNodes: count('registry-nodes'),
        }),
      },
    },
    'options',
  );
  const stop = signalled();
  const started = performance.now();
  await using cluster = await SimCluster.start({
    spec: config.cluster,
    ...(values['dir'] === undefined ? {} : { dir: resolve(values['dir'] as string) }),
    progress: (message) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`),
  });
  process.stdout.write(
    `cluster ready in ${((performance.now() - started) / 1000).toFixed(1)} s\n${cluster.describe()}\n\nCtrl-C stops every process.\n`,
  );
  await stop;
  process.stderr.write('stopping…\n');
  return 0;
}

async function runCommand(argv: readonly string[]): Promise<number> {
  const values = parse(
    argv,
    {
      preset: { type: 'string' },
      config: { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      dir: { type: 'string' },
      json: { type: 'boolean' },
    },
    'run',
  );
  if (values['help']) return print(runHelp((await import('./workload/presets.js')).presetSummaries));
  const { withOverrides } = await import('./workload/workload-config.js');
  const { runSimulation } = await import('./run-simulation.js');
  const { summaryText } = await import('./report/summary-text.js');
  const config = withOverrides(await loadWorkload(values), {
    rate: values['rate'] === undefined ? undefined : positiveNumber(values['rate'] as string, '--rate'),
    durationS:
      values['duration'] === undefined ? undefined : positiveNumber(values['duration'] as string, '--duration'),
    seed: values['seed'] === undefined ? undefined : wholeNumber(values['seed'] as string, '--seed'),
  });
  const result = await runSimulation({
    config,
    outDir: resolve((values['out'] as string | undefined) ?? 'sim-report'),
    ...(values['dir'] === undefined ? {} : { dataDir: resolve(values['dir'] as string) }),
    log: (message) => process.stderr.write(`${message}\n`),
    abort: signalled(),
  });
  process.stdout.write(
    values['json']
      ? `${JSON.stringify(result.report, null, 2)}\n`
      : `${summaryText(result.report)}\nreport: ${result.jsonFile}\n        ${result.htmlFile}\n`,
  );
  return result.report.consistency.ok ? 0 : 1;
}

async function capacityCommand(argv: readonly string[]): Promise<number> {
  const values = parse(
    argv,
    {
      preset: { type: 'string' },
      config: { type: 'string' },
      standalone: { type: 'boolean' },
      'p99-ms': { type: 'string' },
      'step-ops': { type: 'string' },
      'min-step-s': { type: 'string' },
      'max-step-s': { type: 'string' },
      'warmup-s': { type: 'string' },
      searches: { type: 'string' },
      'start-rate': { type: 'string' },
      'low-rate': { type: 'string' },
      json: { type: 'boolean' },
    },
    'capacity',
  );
  if (values['help']) return print(CAPACITY_HELP);
  const { findCapacity, formatCapacity } = await import('./capacity.js');
  const config = await loadWorkload(values);
  const optional = (name: string) =>
    values[name] === undefined ? undefined : positiveNumber(values[name] as string, `--${name}`);
  const result = await findCapacity({
    config,
    standalone: values['standalone'] === true,
    ...defined({
      p99BoundMs: optional('p99-ms'),
      stepOps: optional('step-ops'),
      minStepS: optional('min-step-s'),
      maxStepS: optional('max-step-s'),
      warmupS: optional('warmup-s'),
      searches: optional('searches'),
      startRate: optional('start-rate'),
      lowRate: optional('low-rate'),
    }),
    log: (message) => process.stderr.write(`${message}\n`),
  });
  process.stdout.write(values['json'] ? `${JSON.stringify(result, null, 2)}\n` : `${formatCapacity(result)}\n`);
  return 0;
}

async function loadWorkload(values: Record<string, string | boolean | undefined>): Promise<WorkloadConfig> {
  const { parseWorkloadConfig } = await import('./workload/workload-config.js');
  const { preset, presetNames } = await import('./workload/presets.js');
  if (values['preset'] !== undefined && values['config'] !== undefined)
    throw new SimConfigError('give --preset or --config, not both');
  if (values['config'] !== undefined) {
    const file = resolve(values['config'] as string);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new SimConfigError(
        `--config: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new SimConfigError(`--config: ${file} is not JSON: ${(error as Error).message}`);
    }
    return parseWorkloadConfig(parsed, file);
  }
  const name = (values['preset'] as string | undefined) ?? 'smoke';
  const found = preset(name);
  if (found === undefined)
    throw new SimConfigError(`--preset: no preset ${name} (presets: ${presetNames().join(', ')})`);
  return found;
}

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
function signalled(): Promise<void> {
  return new Promise((resolve) => {
    let count = 0;
    const on = (signal: NodeJS.Signals) => {
      if (++count > 1) process.exit(130);
      process.stderr.write(`\n${signal}: stopping (again to exit at once)\n`);
      resolve();
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

function wholeNumber(text: string, what: string): number {
  if (!/^\d{1,9}$/.test(text)) throw new SimConfigError(`${what}: must be a whole number, not "${text}"`);
  return Number(text);
}

function positiveNumber(text: string, what: string): number {
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(value > 0))
    throw new SimConfigError(`${what}: must be a positive number, not "${text}"`);
  return value;
}

function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

main(process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`redoubt sim: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
