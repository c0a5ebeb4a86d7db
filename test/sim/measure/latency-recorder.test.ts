import { createHistogram } from 'node:perf_hooks';
import t from 'tap';
import { LatencyRecorder, summarize } from '../../../sim/measure/latency-recorder.js';

/** The measured phase began at this `performance.now()`; every call below passes `now` explicitly. */
const START = 10_000;

/** Milliseconds after START. */
function at(ms: number): number {
  return START + ms;
}

/** HDR histograms keep 3 significant digits: a value comes back within 0.1% (plus the 1 µs unit). */
function near(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= expected * 0.001 + 0.001;
}

t.test('percentiles come from the recorded latencies', async (t) => {
  const recorder = new LatencyRecorder(START);
  for (let ms = 1; ms <= 100; ms++) recorder.ok('readOrg', ms, at(500));
  const latency = recorder.operations().readOrg?.latency;
  if (latency === undefined) {
    t.fail('readOrg has a report');
    return;
  }
  t.equal(latency.count, 100);
  t.ok(near(latency.p50Ms, 50), `p50 ${latency.p50Ms} ≈ 50`);
  t.ok(near(latency.p90Ms, 90), `p90 ${latency.p90Ms} ≈ 90`);
  t.ok(near(latency.p99Ms, 99), `p99 ${latency.p99Ms} ≈ 99`);
  t.ok(near(latency.minMs, 1), `min ${latency.minMs} ≈ 1`);
  t.ok(near(latency.maxMs, 100), `max ${latency.maxMs} ≈ 100`);
  t.ok(near(latency.meanMs, 50.5), `mean ${latency.meanMs} ≈ 50.5`);
  t.same(recorder.total(), latency, 'one operation: the total is the same summary');
});

t.test('ok, error and skip are counted per operation and in total', async (t) => {
  const recorder = new LatencyRecorder(START);
  recorder.ok('login', 40, at(10));
  recorder.ok('login', 60, at(20));
  recorder.ok('moveIssue', 5, at(30));
  recorder.error('login', 'UNAVAILABLE', at(40));
  recorder.error('login', 'UNAVAILABLE', at(50));
  recorder.error('moveIssue', 'DEADLINE_EXCEEDED', at(60));
  recorder.error('moveIssue', 'UNAVAILABLE', at(70));
  recorder.skip('moveIssue', 'no issue idle');
  recorder.skip('moveIssue', 'no issue idle');
  recorder.skip('readAudit', 'no org');

  t.equal(recorder.okCount, 3);
  t.equal(recorder.errorCount, 4);
  t.equal(recorder.skippedCount, 3);
  t.same(recorder.errors(), { UNAVAILABLE: 3, DEADLINE_EXCEEDED: 1 });
  t.equal(recorder.total().count, 3, 'only successes have a latency');

  const ops = recorder.operations();
  t.same(Object.keys(ops).sort(), ['login', 'moveIssue', 'readAudit'], 'only operations that happened');
  t.equal(ops.login?.ok, 2);
  t.same(ops.login?.errors, { UNAVAILABLE: 2 });
  t.same(ops.login?.skipped, {});
  t.ok(near(ops.login?.latency.meanMs ?? 0, 50), 'login mean of 40 and 60');
  t.equal(ops.moveIssue?.ok, 1);
  t.same(ops.moveIssue?.errors, { DEADLINE_EXCEEDED: 1, UNAVAILABLE: 1 });
  t.same(ops.moveIssue?.skipped, { 'no issue idle': 2 });
  t.equal(ops.readAudit?.ok, 0);
  t.equal(ops.readAudit?.latency.count, 0, 'an operation with no success has an empty summary');
  t.equal(ops.readAudit?.latency.p99Ms, 0);
});

t.test('the timeline puts each call in the second it completed', async (t) => {
  const recorder = new LatencyRecorder(START);
  recorder.ok('readOrg', 2, at(100));
  recorder.ok('readOrg', 4, at(999));
  recorder.ok('readOrg', 30, at(1_000));
  recorder.ok('login', 50, at(1_500));
  recorder.error('readOrg', 'UNAVAILABLE', at(1_999));
  recorder.error('readOrg', 'UNAVAILABLE', at(3_200));
  recorder.inFlight(7, at(3_100));
  recorder.inFlight(4, at(3_900));
  recorder.ok('readOrg', 1, at(-50)); // before the start: counted in the first second

  const timeline = recorder.timeline(5);
  t.equal(timeline.length, 5);
  t.same(
    timeline.map((p) => p.t),
    [0, 1, 2, 3, 4],
  );
  t.same(
    timeline.map((p) => p.ok),
    [3, 2, 0, 0, 0],
  );
  t.same(
    timeline.map((p) => p.errors),
    [0, 1, 0, 1, 0],
  );
  t.same(
    timeline.map((p) => p.inFlight),
    [0, 0, 0, 4, 0],
    'the last in-flight count given in a second',
  );
  t.ok(near(timeline[0]!.p50Ms, 2), `second 0 p50 ${timeline[0]!.p50Ms} ≈ 2`);
  t.ok(near(timeline[1]!.p99Ms, 50), `second 1 p99 ${timeline[1]!.p99Ms} ≈ 50`);
  t.equal(timeline[2]!.p99Ms, 0, 'a second without successes has p99 0');
  t.equal(timeline[3]!.p50Ms, 0, 'a second with only errors has p50 0');
});

t.test('the timeline covers every recorded second even past untilS', async (t) => {
  const recorder = new LatencyRecorder(START);
  recorder.ok('readOrg', 1, at(4_500));
  t.equal(recorder.timeline(2).length, 5, 'seconds 0 to 4');
  t.equal(recorder.timeline(2).at(-1)?.ok, 1);
  t.equal(recorder.timeline(7.5).length, 8, 'a partial last second counts');
});

t.test('an empty recorder gives zero summaries and a timeline of zeros', async (t) => {
  const recorder = new LatencyRecorder(START);
  t.equal(recorder.okCount, 0);
  t.equal(recorder.errorCount, 0);
  t.equal(recorder.skippedCount, 0);
  t.same(recorder.operations(), {});
  t.same(recorder.errors(), {});
  t.same(recorder.total(), {
    count: 0,
    minMs: 0,
    meanMs: 0,
    p50Ms: 0,
    p90Ms: 0,
    p99Ms: 0,
    p999Ms: 0,
    maxMs: 0,
    distribution: [],
  });
  t.same(
    recorder.timeline(3),
    [0, 1, 2].map((t) => ({ t, ok: 0, errors: 0, p50Ms: 0, p99Ms: 0, inFlight: 0 })),
  );
  t.equal(recorder.recentP99Ms(5, at(2_000)), 0);
});

t.test('recentP99Ms looks only at the last seconds', async (t) => {
  const recorder = new LatencyRecorder(START);
  for (let i = 0; i < 100; i++) recorder.ok('readOrg', 1, at(200));
  for (let i = 0; i < 100; i++) recorder.ok('readOrg', 200, at(3_300));
  for (let i = 0; i < 100; i++) recorder.ok('readOrg', 20, at(5_300));

  t.ok(near(recorder.recentP99Ms(1, at(5_600)), 20), 'the current second alone: 20 ms');
  t.ok(near(recorder.recentP99Ms(3, at(5_600)), 200), 'seconds 3 to 5 include the 200 ms calls');
  t.ok(near(recorder.recentP99Ms(1, at(200)), 1), 'second 0 alone: 1 ms');
  t.equal(recorder.recentP99Ms(1, at(6_100)), 0, 'a second with no calls yet: 0');
  t.ok(near(recorder.recentP99Ms(2, at(4_900)), 200), 'seconds 3 and 4');
});

t.test('a sub-microsecond latency is kept as 1 µs, not lost', async (t) => {
  const recorder = new LatencyRecorder(START);
  recorder.ok('refresh', 0.0001, at(1));
  t.equal(recorder.okCount, 1);
  t.equal(recorder.total().minMs, 0.001);
});

t.test('summarize reads a histogram in milliseconds with its distribution in order', async (t) => {
  t.equal(summarize(createHistogram()).count, 0);
  const histogram = createHistogram();
  for (let us = 1_000; us <= 10_000; us += 1_000) histogram.record(us);
  const summary = summarize(histogram);
  t.equal(summary.count, 10);
  t.ok(near(summary.minMs, 1));
  t.ok(near(summary.maxMs, 10));
  t.ok(near(summary.p50Ms, 5), `p50 ${summary.p50Ms} ≈ 5`);
  const percentiles = summary.distribution.map(([p]) => p);
  const values = summary.distribution.map(([, ms]) => ms);
  t.equal(percentiles[0], 0);
  t.equal(percentiles.at(-1), 100);
  t.equal(values[0], summary.minMs, 'the 0th percentile is the minimum');
  t.ok(near(values.at(-1)!, summary.maxMs), 'the 100th percentile is the maximum');
  t.ok(
    values.every((v, i) => i === 0 || v >= values[i - 1]!),
    'values never decrease',
  );
});
