/**
 * Open-loop arrivals: operations start at their scheduled times whether or not earlier ones have
 * answered, and each latency is measured from the scheduled time, not from when the call could
 * go out. A closed loop would slow its own arrivals when the cluster slows and hide the queueing
 * (coordinated omission); here an overloaded cluster shows as growing latency and, past
 * `maxInFlight`, as shed arrivals counted as DROPPED.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { SeededRandom } from './seeded-random.js';

export interface OpenLoopOptions {
  /** Arrivals per second. */
  readonly rate: number;
  readonly arrival: 'poisson' | 'uniform';
  readonly durationMs: number;
  readonly maxOps: number;
  readonly maxInFlight: number;
  readonly random: SeededRandom;
  /** Starts the operation due at `scheduledAt` (a `performance.now()` time); must not throw. */
  readonly start: (scheduledAt: number) => Promise<void>;
  /** An arrival shed because `maxInFlight` calls were already in flight. */
  readonly dropped: (scheduledAt: number) => void;
  /** Called with the calls in flight after each batch of arrivals. */
  readonly inFlight?: (count: number) => void;
  /** Stops new arrivals early when it resolves. */
  readonly abort?: Promise<unknown>;
}

export interface OpenLoopResult {
  /** Arrivals within the run (started or dropped). */
  readonly scheduled: number;
  readonly dropped: number;
  /** `performance.now()` when the first arrival was due. */
  readonly startedAt: number;
  /** When the last call answered. */
  readonly endedAt: number;
}

/** Runs the arrivals to the end of the run, then waits for every call in flight. */
export async function runOpenLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const meanGapMs = 1000 / options.rate;
  const startedAt = performance.now();
  const endAt = startedAt + options.durationMs;
  const pending = new Set<Promise<void>>();
  let aborted = false;
  void options.abort?.then(() => (aborted = true));
  let scheduled = 0;
  let dropped = 0;
  let next = startedAt;
  while (!aborted && scheduled < options.maxOps && next < endAt) {
    const now = performance.now();
    if (next > now) {
      // Timers fire ~1 ms late at best: sleep until the next arrival, then start every one due.
      await delay(Math.max(1, next - now));
      continue;
    }
    while (next <= performance.now() && next < endAt && scheduled < options.maxOps) {
      scheduled++;
      if (pending.size >= options.maxInFlight) {
        dropped++;
        options.dropped(next);
      } else {
        const call = options.start(next).finally(() => pending.delete(call));
        pending.add(call);
      }
      next += options.arrival === 'uniform' ? meanGapMs : options.random.exponential(meanGapMs);
    }
    options.inFlight?.(pending.size);
  }
  await Promise.all(pending);
  options.inFlight?.(0);
  return { scheduled, dropped, startedAt, endedAt: performance.now() };
}
