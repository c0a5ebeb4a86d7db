/** A closed-loop load: `concurrency` workers repeat an operation for a fixed time. */
import { percentile } from './figure.js';
export interface LoadResult {
  readonly ops: number;
  readonly seconds: number;
  readonly perSecond: number;
  /** Latency of every operation, in milliseconds. */
  readonly latenciesMs: number[];
  readonly errors: number;
}

export async function closedLoop(
  concurrency: number,
  durationMs: number,
  operation: (worker: number, i: number) => Promise<unknown>,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < until; i++) {
        const t0 = performance.now();
        try {
          await operation(worker, i);
          latenciesMs.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ops: latenciesMs.length, seconds, perSecond: latenciesMs.length / seconds, latenciesMs, errors };
}

/**
 * Measures an operation and its baseline in alternating rounds (baseline, ours, baseline, ours…)
 * and reports each one's median rate, so both see the same machine: on a small shared machine
 * the rate of either drifts by tens of percent between runs.
 */
export async function alternating(
  rounds: number,
  concurrency: number,
  durationMs: number,
  ours: (worker: number, i: number) => Promise<unknown>,
  baseline: (worker: number, i: number) => Promise<unknown>,
): Promise<{ ours: LoadResult; baseline: LoadResult }> {
  const oursRuns: LoadResult[] = [];
  const baselineRuns: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) {
    baselineRuns.push(await closedLoop(concurrency, durationMs, baseline));
    oursRuns.push(await closedLoop(concurrency, durationMs, ours));
  }
  const merge = (runs: LoadResult[]): LoadResult => ({
    ops: runs.reduce((n, r) => n + r.ops, 0),
    seconds: runs.reduce((n, r) => n + r.seconds, 0),
    perSecond: percentile(
      runs.map((r) => r.perSecond),
      50,
    ),
    latenciesMs: runs.flatMap((r) => r.latenciesMs),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  });
  return { ours: merge(oursRuns), baseline: merge(baselineRuns) };
}
