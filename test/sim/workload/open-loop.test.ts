import { setTimeout as delay } from 'node:timers/promises';
import t from 'tap';
import { runOpenLoop } from '../../../sim/workload/open-loop.js';
import type { OpenLoopOptions, OpenLoopResult } from '../../../sim/workload/open-loop.js';
import { SeededRandom } from '../../../sim/workload/seeded-random.js';

/** What a run did, seen from the operation's side. */
interface Observed {
  readonly result: OpenLoopResult;
  /** `scheduledAt` of each started call, in order. */
  readonly started: number[];
  /** How late each call was started: `performance.now()` at the call minus its `scheduledAt`. */
  readonly lateness: number[];
  readonly dropped: number[];
  /** `performance.now()` when each call finished. */
  readonly finishedAt: number[];
  readonly inFlightReports: number[];
  /** Most calls seen running at once. */
  readonly maxRunning: number;
  /** Calls still running when runOpenLoop resolved. */
  readonly runningAtEnd: number;
}

/** Runs an open loop whose every operation takes `operationMs`. */
async function run(
  operationMs: number,
  options: Partial<Omit<OpenLoopOptions, 'start' | 'dropped' | 'inFlight'>>,
): Promise<Observed> {
  const started: number[] = [];
  const lateness: number[] = [];
  const dropped: number[] = [];
  const finishedAt: number[] = [];
  const inFlightReports: number[] = [];
  let running = 0;
  let maxRunning = 0;
  const result = await runOpenLoop({
    rate: 200,
    arrival: 'uniform',
    durationMs: 500,
    maxOps: 1_000_000,
    maxInFlight: 10_000,
    random: new SeededRandom(1),
    ...options,
    start: async (scheduledAt) => {
      lateness.push(performance.now() - scheduledAt);
      started.push(scheduledAt);
      running++;
      maxRunning = Math.max(maxRunning, running);
      await delay(operationMs);
      running--;
      finishedAt.push(performance.now());
    },
    dropped: (scheduledAt) => dropped.push(scheduledAt),
    inFlight: (count) => inFlightReports.push(count),
  });
  return { result, started, lateness, dropped, finishedAt, inFlightReports, maxRunning, runningAtEnd: running };
}

function gaps(times: readonly number[]): number[] {
  return times.slice(1).map((time, i) => time - times[i]!);
}

t.test('uniform arrivals at 200/s for 500 ms schedule about 100 calls, 5 ms apart', async (t) => {
  const { result, started, dropped } = await run(1, {});
  t.ok(result.scheduled >= 99 && result.scheduled <= 101, `about 100 scheduled: ${result.scheduled}`);
  t.equal(started.length + dropped.length, result.scheduled, 'started + dropped = scheduled');
  t.equal(result.dropped, 0);
  t.ok(
    gaps(started).every((gap) => Math.abs(gap - 5) < 1e-6),
    'every gap is 5 ms',
  );
  t.equal(started[0], result.startedAt, 'the first arrival is due at startedAt');
  t.ok(
    started.every((at) => at < result.startedAt + 500),
    'no arrival is due after the run',
  );
});

t.test('a slow operation does not slow the arrivals (open loop)', async (t) => {
  // Each call takes 100 ms, 20 times the 5 ms gap: a closed loop would start about 5 calls.
  const { result, started, lateness, maxRunning, dropped } = await run(100, {});
  t.ok(result.scheduled >= 99 && result.scheduled <= 101, `still about 100 scheduled: ${result.scheduled}`);
  t.equal(started.length, result.scheduled, 'every arrival started (no maxInFlight in the way)');
  t.equal(dropped.length, 0);
  t.ok(
    gaps(started).every((gap) => Math.abs(gap - 5) < 1e-6),
    'scheduledAt stays 5 ms apart',
  );
  // A closed loop would start the 100th call about 99 × 100 ms late; here lateness never builds
  // up. The bounds leave room for a loaded machine stalling the event loop once.
  const sorted = [...lateness].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  t.ok(median < 20, `calls start close to their scheduled time: median ${median} ms late`);
  t.ok(sorted.at(-1)! < 500, `lateness does not accumulate: at worst ${sorted.at(-1)} ms late`);
  t.ok(maxRunning >= 10, `about 20 calls overlap: ${maxRunning}`);
  t.ok(
    result.endedAt - result.startedAt < 2_000,
    `the run ends after about 500 + 100 ms: ${result.endedAt - result.startedAt}`,
  );
});

t.test('arrivals beyond maxInFlight are shed, counted and reported', async (t) => {
  const { result, started, dropped, maxRunning, inFlightReports } = await run(100, {
    durationMs: 300,
    maxInFlight: 3,
  });
  t.ok(maxRunning <= 3, `at most 3 calls at once: ${maxRunning}`);
  t.ok(result.dropped > 0, `some arrivals dropped: ${result.dropped}`);
  t.equal(dropped.length, result.dropped, 'dropped() is called once per shed arrival');
  t.equal(started.length + dropped.length, result.scheduled, 'started + dropped = scheduled');
  t.ok(result.scheduled >= 59 && result.scheduled <= 61, `shedding does not slow arrivals: ${result.scheduled}`);
  const all = [...started, ...dropped].sort((a, b) => a - b);
  t.ok(
    gaps(all).every((gap) => Math.abs(gap - 5) < 1e-6),
    'started and dropped arrivals together keep the 5 ms grid',
  );
  t.ok(
    inFlightReports.every((n) => n >= 0 && n <= 3),
    'inFlight never reports more than maxInFlight',
  );
  t.equal(inFlightReports.at(-1), 0, 'the last inFlight report is 0');
});

t.test('maxOps bounds the number of arrivals', async (t) => {
  const { result, started } = await run(1, { rate: 1_000, durationMs: 2_000, maxOps: 10 });
  t.equal(result.scheduled, 10);
  t.equal(started.length, 10);
  t.ok(
    result.endedAt - result.startedAt < 1_000,
    `it stops once maxOps are out: ${result.endedAt - result.startedAt} ms`,
  );
});

t.test('abort stops new arrivals early', async (t) => {
  const { result, started } = await run(1, { rate: 100, durationMs: 5_000, abort: delay(200) });
  t.ok(result.scheduled >= 10 && result.scheduled <= 60, `about 20 arrivals in 200 ms, not 500: ${result.scheduled}`);
  t.equal(started.length, result.scheduled);
  t.ok(result.endedAt - result.startedAt < 2_000, `it ended long before 5 s: ${result.endedAt - result.startedAt} ms`);
});

t.test('it resolves only after every call in flight has answered', async (t) => {
  const { result, started, finishedAt, runningAtEnd } = await run(150, { rate: 100, durationMs: 100 });
  t.ok(started.length >= 9, `about 10 calls: ${started.length}`);
  t.equal(finishedAt.length, started.length, 'every call finished');
  t.equal(runningAtEnd, 0, 'none was still running');
  const last = Math.max(...finishedAt);
  t.ok(result.endedAt >= last, 'endedAt is after the last call finished');
  // Judged from the last call's own schedule, not from wall-clock totals (a busy machine shifts both).
  const lastDue = Math.max(...started);
  t.ok(
    result.endedAt >= lastDue + 149,
    `the run ended after the last call (due at ${Math.round(lastDue - result.startedAt)} ms) took its 150 ms`,
  );
});

t.test('poisson arrivals repeat with the seed and average the rate', async (t) => {
  const offsets = async (seed: number) => {
    const { result, started } = await run(1, {
      arrival: 'poisson',
      rate: 1_000,
      durationMs: 300,
      random: new SeededRandom(seed),
    });
    return started.map((at) => at - result.startedAt);
  };
  const a = await offsets(5);
  const b = await offsets(5);
  const c = await offsets(6);
  t.equal(a.length, b.length, 'the same number of arrivals with the same seed');
  t.ok(
    a.every((offset, i) => Math.abs(offset - b[i]!) < 1e-6),
    'the same schedule with the same seed',
  );
  t.ok(a.length > 240 && a.length < 360, `about 300 arrivals at 1000/s for 300 ms: ${a.length}`);
  t.not(a.slice(0, 10).join(), c.slice(0, 10).join(), 'another seed gives another schedule');
  const spread = gaps(a);
  t.ok(Math.max(...spread) > 3 * Math.min(...spread), 'the gaps vary (not a uniform grid)');
});
