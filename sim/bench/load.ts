/** A closed-loop load: `concurrency` workers repeat an operation for a fixed time. */
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
