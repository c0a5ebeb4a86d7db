/**
 * The capacity search (`redoubt sim capacity`, `npm run bench -- sim`): on one target (a cluster,
 * or a standalone node) and one population, run the workload's mix without faults at rising
 * arrival rates, doubling until a step misses (p99 over the bound, or any error), then bisecting
 * between the last step that held and the first that missed; the sustained rate is the median of
 * several such searches. Short steps under Poisson arrivals gave false misses (the same code
 * measured 10, 16, 35 and 47 ops/s), so each step lasts long enough for a few thousand operations
 * (within bounds), after a warm-up. Beside it: the p99 and the CPU per operation (summed over
 * every process of the target, idle subtracted) at a fixed low rate.
 */
import { percentile, round } from './bench/figure.js';
import { cpuAboveIdle } from './bench/process-cpu.js';
import { rawRequestReply } from './bench/raw-nats.js';
import { SimCluster } from './cluster/sim-cluster.js';
import type { SimTarget } from './cluster/sim-target.js';
import { StandaloneTarget } from './cluster/standalone-target.js';
import { SimConfigError } from './errors.js';
import { Simulation } from './simulation.js';
import type { WorkloadConfig } from './workload/workload-config.js';

export interface CapacityOptions {
  readonly config: WorkloadConfig;
  /** @default 50 */
  readonly p99BoundMs?: number;
  /** A step lasts long enough for this many operations, within the step bounds. @default 3000 */
  readonly stepOps?: number;
  /** @default 10 */
  readonly minStepS?: number;
  /** @default 30 */
  readonly maxStepS?: number;
  /** Mix at the start rate before anything is measured (JIT, connections, activation). @default 30 */
  readonly warmupS?: number;
  /** Searches on the same target; the sustained rate is their median. @default 3 */
  readonly searches?: number;
  /** @default 25 */
  readonly startRate?: number;
  /** Bisection steps after the first miss. @default 3 */
  readonly refinements?: number;
  /** No rate above this is tried. @default 4000 */
  readonly maxRate?: number;
  /** The fixed rate of the latency and CPU figures. @default 25 */
  readonly lowRate?: number;
  readonly log: (message: string) => void;
}

export interface CapacityStep {
  readonly search: number;
  readonly rate: number;
  readonly durationS: number;
  readonly throughputPerS: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly held: boolean;
}

/** What {@link measureCapacity} found on one target. */
export interface CapacityMeasurement {
  readonly p99BoundMs: number;
  /** The median over the searches of the highest rate that held; 0 if even the first did not. */
  readonly sustainedRate: number;
  /** Each search's sustained rate. */
  readonly searchRates: readonly number[];
  /** p99 at the sustained rate, in the search whose rate is the median. */
  readonly p99Ms: number;
  readonly lowRate: number;
  /** p99 at the low rate. */
  readonly p99AtLowRateMs: number;
  /** CPU of every process of the target per operation at the low rate, idle subtracted. */
  readonly cpuMsPerOp: number;
  readonly steps: readonly CapacityStep[];
}

export interface CapacityResult extends CapacityMeasurement {
  readonly workload: string;
  readonly target: 'cluster' | 'standalone';
  /** Raw NATS request/reply, 64 in flight, through the cluster's first region (clusters only). */
  readonly rawNatsRequestsPerS?: number;
}

/** Starts the target the workload names (its cluster, or a standalone node), measures it, stops it. */
export async function findCapacity(
  options: CapacityOptions & { readonly standalone?: boolean },
): Promise<CapacityResult> {
  const { config, log } = options;
  if (options.standalone === true) {
    log('standalone: starting redoubt start');
    await using target = await StandaloneTarget.start({ scryptN: config.cluster.scryptN });
    return { workload: config.name, target: 'standalone', ...(await measureCapacity(target, options)) };
  }
  await using cluster = await SimCluster.start({ spec: config.cluster, progress: (m) => log(`cluster: ${m}`) });
  const measured = await measureCapacity(cluster, options);
  log('raw NATS request/reply baseline');
  const raw = await rawRequestReply(cluster.natsUrl(cluster.spec.regions[0]!), 5000);
  return { workload: config.name, target: 'cluster', ...measured, rawNatsRequestsPerS: Math.round(raw.perSecond) };
}

/** Creates the population on a running target and measures it (see the module comment). */
export async function measureCapacity(target: SimTarget, options: CapacityOptions): Promise<CapacityMeasurement> {
  const { log } = options;
  for (const name of ['stepOps', 'searches', 'refinements'] as const) {
    const value = options[name];
    if (value !== undefined && !Number.isInteger(value)) throw new SimConfigError(`${name} must be a whole number`);
  }
  const bound = options.p99BoundMs ?? 50;
  const startRate = options.startRate ?? 25;
  const lowRate = options.lowRate ?? 25;
  const maxStepS = options.maxStepS ?? 30;
  const stepS = (rate: number): number =>
    Math.min(maxStepS, Math.max(options.minStepS ?? 10, Math.ceil((options.stepOps ?? 3000) / rate)));
  const simulation = await Simulation.prepare(target, { ...options.config, faults: [] }, log);
  try {
    const steps: CapacityStep[] = [];
    const step = async (search: number, rate: number): Promise<CapacityStep> => {
      const durationS = stepS(rate);
      const phase = await simulation.measure({ rate, durationS });
      const { latency } = phase.totals;
      const result: CapacityStep = {
        search,
        rate,
        durationS,
        throughputPerS: phase.totals.throughputPerS,
        p50Ms: latency.p50Ms,
        p99Ms: latency.p99Ms,
        errors: phase.totals.errors,
        // Judged on latency and errors only: an open loop that falls behind shows it in its p99.
        held: latency.p99Ms <= bound && phase.totals.errors === 0,
      };
      log(
        `search ${search + 1}, rate ${rate}/s for ${durationS} s: ${result.throughputPerS}/s done, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors → ${result.held ? 'held' : 'missed'}`,
      );
      steps.push(result);
      return result;
    };
    const warmupS = options.warmupS ?? 30;
    log(`warm-up: ${warmupS} s at ${startRate}/s`);
    await simulation.measure({ rate: startRate, durationS: warmupS });

    log(`${lowRate}/s for ${maxStepS} s: p99 and CPU per operation`);
    const low = await cpuAboveIdle(5000, () => simulation.measure({ rate: lowRate, durationS: maxStepS }));
    const lowOps = low.result.totals.ok + low.result.totals.errors;

    const searchRates: number[] = [];
    for (let search = 0; search < (options.searches ?? 3); search++) {
      searchRates.push(await searchOnce(search, startRate, options, step));
    }
    const sustainedRate = percentile(searchRates, 50);
    const atSustained = steps.filter((s) => s.held && s.rate === sustainedRate).at(-1);
    return {
      p99BoundMs: bound,
      sustainedRate,
      searchRates,
      p99Ms: atSustained?.p99Ms ?? 0,
      lowRate,
      p99AtLowRateMs: low.result.totals.latency.p99Ms,
      cpuMsPerOp: lowOps === 0 ? 0 : round(low.cpuMs / lowOps),
      steps,
    };
  } finally {
    simulation.close();
  }
}

/** One search: doubling from the start rate until a miss, then bisecting. @returns the highest rate that held */
async function searchOnce(
  search: number,
  startRate: number,
  options: CapacityOptions,
  step: (search: number, rate: number) => Promise<CapacityStep>,
): Promise<number> {
  let good = 0;
  let bad = 0;
  for (let rate = startRate; rate <= (options.maxRate ?? 4_000); rate *= 2) {
    if ((await step(search, rate)).held) good = rate;
    else {
      bad = rate;
      break;
    }
  }
  for (let i = 0; bad > 0 && i < (options.refinements ?? 3) && bad - good > Math.max(2, good * 0.05); i++) {
    const rate = Math.round((good + bad) / 2);
    if ((await step(search, rate)).held) good = rate;
    else bad = rate;
  }
  return good;
}

export function formatCapacity(result: CapacityResult): string {
  const lines = result.steps.map(
    (s) =>
      `  #${s.search + 1} ${String(s.rate).padStart(6)}/s  ${String(s.durationS).padStart(3)} s  done ${String(s.throughputPerS).padStart(8)}/s  p50 ${s.p50Ms.toFixed(1).padStart(7)} ms  p99 ${s.p99Ms.toFixed(1).padStart(7)} ms  errors ${s.errors}  ${s.held ? 'held' : 'missed'}`,
  );
  return [
    `workload ${result.workload} on a ${result.target}: sustained ${result.sustainedRate} ops/s with p99 ${result.p99Ms} ms (bound ${result.p99BoundMs} ms; median of searches ${result.searchRates.join(', ')})`,
    `at ${result.lowRate}/s: p99 ${result.p99AtLowRateMs} ms, ${result.cpuMsPerOp} ms of CPU per operation (all processes, idle subtracted)`,
    ...(result.rawNatsRequestsPerS === undefined
      ? []
      : [`raw NATS request/reply on this machine: ${result.rawNatsRequestsPerS} requests/s`]),
    'steps:',
    ...lines,
  ].join('\n');
}
