/**
 * The capacity search (`redoubt sim capacity`, `npm run bench -- sim`): on one cluster and one
 * population, run the workload's mix without faults at rising arrival rates, doubling until a
 * step misses (p99 over the bound, an error, or throughput below 95 % of the target), then
 * bisecting between the last step that held and the first that missed. Beside it, the raw NATS
 * request/reply rate of the same machine, measured in the same run.
 */
import { rawRequestReply } from './bench/raw-nats.js';
import { SimCluster } from './cluster/sim-cluster.js';
import { Simulation } from './simulation.js';
import type { WorkloadConfig } from './workload/workload-config.js';

export interface CapacityOptions {
  readonly config: WorkloadConfig;
  /** @default 50 */
  readonly p99BoundMs?: number;
  /** Length of each step. @default 8 */
  readonly stepS?: number;
  /** @default 25 */
  readonly startRate?: number;
  /** Bisection steps after the first miss. @default 3 */
  readonly refinements?: number;
  /** No rate above this is tried. @default 4000 */
  readonly maxRate?: number;
  readonly log: (message: string) => void;
}

export interface CapacityStep {
  readonly rate: number;
  readonly throughputPerS: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly held: boolean;
}

export interface CapacityResult {
  readonly workload: string;
  readonly p99BoundMs: number;
  /** The highest rate that held; 0 if even the first did not. */
  readonly sustainedRate: number;
  /** p99 at that rate. */
  readonly p99Ms: number;
  readonly steps: readonly CapacityStep[];
  /** Raw NATS request/reply, 64 in flight, through the cluster's first region. */
  readonly rawNatsRequestsPerS: number;
}

export async function findCapacity(options: CapacityOptions): Promise<CapacityResult> {
  const { config, log } = options;
  const bound = options.p99BoundMs ?? 50;
  const stepS = options.stepS ?? 8;
  const maxRate = options.maxRate ?? 4_000;
  await using cluster = await SimCluster.start({ spec: config.cluster, progress: (m) => log(`cluster: ${m}`) });
  const simulation = await Simulation.prepare(cluster, { ...config, faults: [] }, log);
  try {
    const steps: CapacityStep[] = [];
    const step = async (rate: number): Promise<CapacityStep> => {
      const phase = await simulation.measure({ rate, durationS: stepS });
      const { latency } = phase.totals;
      const result: CapacityStep = {
        rate,
        throughputPerS: phase.totals.throughputPerS,
        p50Ms: latency.p50Ms,
        p99Ms: latency.p99Ms,
        errors: phase.totals.errors,
        held: latency.p99Ms <= bound && phase.totals.errors === 0 && phase.totals.throughputPerS >= 0.95 * rate,
      };
      log(
        `rate ${rate}/s: ${result.throughputPerS}/s done, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors} errors → ${result.held ? 'held' : 'missed'}`,
      );
      steps.push(result);
      return result;
    };
    // A short warm-up at the first rate: JIT, connections, entity activation.
    log('warm-up');
    await simulation.measure({ rate: options.startRate ?? 25, durationS: Math.max(3, Math.min(stepS, 5)) });
    let good = 0;
    let bad = 0;
    for (let rate = options.startRate ?? 25; rate <= maxRate; rate *= 2) {
      if ((await step(rate)).held) good = rate;
      else {
        bad = rate;
        break;
      }
    }
    for (let i = 0; bad > 0 && i < (options.refinements ?? 3) && bad - good > Math.max(2, good * 0.05); i++) {
      const rate = Math.round((good + bad) / 2);
      if ((await step(rate)).held) good = rate;
      else bad = rate;
    }
    log('raw NATS request/reply baseline');
    const raw = await rawRequestReply(cluster.natsUrl(cluster.spec.regions[0]!), stepS * 1000 * 0.5);
    const best = steps.filter((s) => s.held && s.rate === good).at(-1);
    return {
      workload: config.name,
      p99BoundMs: bound,
      sustainedRate: good,
      p99Ms: best?.p99Ms ?? 0,
      steps,
      rawNatsRequestsPerS: Math.round(raw.perSecond),
    };
  } finally {
    simulation.close();
  }
}

export function formatCapacity(result: CapacityResult): string {
  const lines = result.steps.map(
    (s) =>
      `  ${String(s.rate).padStart(6)}/s  done ${String(s.throughputPerS).padStart(8)}/s  p50 ${s.p50Ms.toFixed(1).padStart(7)} ms  p99 ${s.p99Ms.toFixed(1).padStart(7)} ms  errors ${s.errors}  ${s.held ? 'held' : 'missed'}`,
  );
  return [
    `workload ${result.workload}: sustained ${result.sustainedRate} ops/s with p99 ${result.p99Ms} ms (bound ${result.p99BoundMs} ms)`,
    `raw NATS request/reply on this machine: ${result.rawNatsRequestsPerS} requests/s`,
    'steps:',
    ...lines,
  ].join('\n');
}
