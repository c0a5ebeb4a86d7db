import t from 'tap';
import { renderHtmlReport } from '../../../sim/report/report-html.js';
import type { LatencySummary, RunReport, TimelinePoint } from '../../../sim/report/run-report.js';

function latency(p50Ms: number, p99Ms: number, maxMs: number, count: number): LatencySummary {
  return {
    count,
    minMs: p50Ms / 4,
    meanMs: p50Ms * 1.3,
    p50Ms,
    p90Ms: (p50Ms + p99Ms) / 2,
    p99Ms,
    p999Ms: (p99Ms + maxMs) / 2,
    maxMs,
    distribution: [
      [50, p50Ms],
      [99, p99Ms],
      [100, maxMs],
    ],
  };
}

/** 30 seconds at about 1200 ok/s; node n2 is killed at 8 s (back at 12 s, recovered 6.5 s after), n3 stopped at 20 s for good. */
function timeline(): TimelinePoint[] {
  return Array.from({ length: 30 }, (_, t) => {
    const disturbed = (t >= 8 && t < 15) || t >= 20;
    return {
      t,
      ok: disturbed ? 700 + t : 1200 + (t % 3),
      errors: disturbed ? 40 + t : 0,
      p50Ms: disturbed ? 9.5 : 2.25,
      p99Ms: disturbed ? 480 : 18,
      inFlight: disturbed ? 300 : 20,
    };
  });
}

function fixture(overrides: Partial<RunReport> = {}): RunReport {
  return {
    version: 1,
    startedAt: '2025-03-01T10:00:00.000Z',
    workload: 'steady-eu',
    cluster: { regions: ['eu', 'us'], natsPerRegion: 3, nodesPerRegion: 3, gatewaysPerRegion: 1, registryNodes: 3 },
    population: { orgs: 20, projects: 400, issues: 40_000, users: 2000, sessions: 1500 },
    targetRate: 1500,
    durationS: 30,
    totals: {
      scheduled: 45_000,
      ok: 30_512,
      errors: 1_234,
      skipped: 7,
      throughputPerS: 1017.07,
      latency: latency(3.456, 412.4, 2051.9, 30_512),
    },
    operations: {
      login: {
        ok: 3000,
        errors: { UNAVAILABLE: 100, DEADLINE_EXCEEDED: 20 },
        skipped: {},
        latency: latency(45.2, 310, 900, 3000),
      },
      readOrg: { ok: 20_000, errors: { UNAVAILABLE: 900 }, skipped: {}, latency: latency(1.234, 7.891, 120, 20_000) },
      moveIssue: {
        ok: 7512,
        errors: { DROPPED: 214 },
        skipped: { NO_IDLE_ISSUE: 7 },
        latency: latency(5.5, 433.3, 2051.9, 7512),
      },
    },
    errors: { UNAVAILABLE: 1000, DROPPED: 214, DEADLINE_EXCEEDED: 20 },
    timeline: timeline(),
    faults: [
      { atS: 8, action: 'kill', target: 'node n2', endS: 12, recoveryMs: 6500, probedEntities: 64 },
      { atS: 20, action: 'stop', target: 'node n3', endS: null, recoveryMs: null, probedEntities: 64 },
    ],
    consistency: {
      ok: true,
      records: 120_000,
      entities: 4_000,
      ackedWrites: 7512,
      ackedWritesFound: 7512,
      auditTrailsVerified: 20,
      orgs: 20,
      problems: [],
    },
    ...overrides,
  };
}

const svgs = (html: string): string[] => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
const polylinePoints = (svg: string): number[] =>
  [...svg.matchAll(/<polyline[^>]*\spoints="([^"]*)"/g)].map((m) => m[1]!.trim().split(/\s+/).length);

t.test('the page shows the run header and the headline figures as formatted', async (t) => {
  const html = renderHtmlReport(fixture());
  t.match(html, /^<!doctype html>/);
  t.match(html, 'steady-eu');
  t.match(html, '2025-03-01T10:00:00.000Z');
  t.match(html, '30 s');
  t.match(html, '1,500 ops/s');
  t.match(html, '2 regions (eu, us)');
  t.match(html, '40,000 issues');
  t.match(html, '1,017 ok/s', 'throughput, grouped and rounded');
  t.match(html, '45,000', 'scheduled total');
  t.match(html, '3.46 ms', 'overall p50 below 10 ms keeps two decimals');
  t.match(html, '412 ms', 'overall p99 above 10 ms is whole');
  t.match(html, '2,052 ms', 'overall max');
  t.match(html, '7,512 / 7,512', 'acked writes found / total');
  t.match(html, '20 / 20 orgs', 'audit trails verified / orgs');
});

t.test('the operation table has a row per operation with summed errors and every percentile', async (t) => {
  const html = renderHtmlReport(fixture());
  const table = /<table class="operations">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const rows = [...table.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)][0]?.[1]?.trim().split('\n') ?? [];
  t.equal(rows.length, 3);
  t.match(rows[0], '<td>login</td>', 'workload order: login first');
  t.match(rows[0], '<td class="n">120</td>', 'login errors summed over statuses');
  t.match(rows[1], '<td>readOrg</td>');
  t.match(rows[1], '<td class="n">1.23</td>');
  t.match(rows[1], '<td class="n">7.89</td>', 'readOrg p99');
  t.match(rows[2], '<td>moveIssue</td>');
  t.match(rows[2], '<td class="n">433</td>', 'moveIssue p99');
  for (const header of ['p50 ms', 'p90 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'mean ms']) t.match(table, header);
});

t.test('errors are tabled by status, most frequent first', async (t) => {
  const html = renderHtmlReport(fixture());
  const table = /<table class="errors">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const statuses = [...table.matchAll(/<tr><td>([^<]*)<\/td>/g)].map((m) => m[1]);
  t.same(statuses, ['UNAVAILABLE', 'DROPPED', 'DEADLINE_EXCEEDED']);
  t.match(table, '1,000');
});

t.test('the fault table shows undone time, recovery or "not recovered", and probed entities', async (t) => {
  const html = renderHtmlReport(fixture());
  const table = /<table class="faults">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  t.match(
    table,
    /8 s<\/td><td>kill<\/td><td>node n2<\/td><td class="n">12 s<\/td><td class="n">6,500 ms<\/td><td class="n">64</,
  );
  t.match(table, /20 s<\/td><td>stop<\/td><td>node n3<\/td><td class="n">not undone<\/td><td class="n">not recovered</);
});

t.test('there is one svg per chart, each series with one vertex per timeline point', async (t) => {
  const html = renderHtmlReport(fixture());
  const charts = svgs(html);
  t.equal(charts.length, 2);
  const [throughput = '', latencyChart = ''] = charts;
  t.match(throughput, 'data-series="ok/s"');
  t.match(throughput, 'data-series="errors/s"');
  t.same(polylinePoints(throughput), [30, 30]);
  t.match(latencyChart, 'data-series="p50"');
  t.match(latencyChart, 'data-series="p99"');
  t.same(polylinePoints(latencyChart), [30, 30]);
});

t.test('both charts mark each fault with its label, and a line where the recovered one came back', async (t) => {
  const html = renderHtmlReport(fixture());
  for (const svg of svgs(html)) {
    t.equal(svg.match(/<rect class="chart-band"/g)?.length, 1, 'the undone fault is a shaded band');
    t.equal(svg.match(/<line class="chart-fault-line"/g)?.length, 1, 'the fault never undone is a line');
    t.equal(svg.match(/<line class="chart-line"/g)?.length, 1, 'one recovery line');
    t.match(svg, />kill node n2<\/text>/);
    t.match(svg, />stop node n3<\/text>/);
    t.match(svg, />recovered<\/text>/);
    t.match(svg, 'kill node n2: recovered after 6,500 ms');
  }
});

t.test('the band spans injection to undo and the recovery line sits at atS + recoveryMs', async (t) => {
  const throughput = svgs(renderHtmlReport(fixture()))[0] ?? '';
  // x of the ok/s vertices at t = 8, 12 and 14 (t = 14.5 lies halfway between 14 and 15).
  const xs = [...(/data-series="ok\/s" points="([^"]*)"/.exec(throughput)?.[1] ?? '').matchAll(/([\d.]+),/g)].map((m) =>
    Number(m[1]),
  );
  const band = /<rect class="chart-band" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(throughput);
  t.ok(band);
  t.ok(Math.abs(Number(band?.[1]) - xs[8]!) < 0.2, 'band starts at the injection');
  t.ok(Math.abs(Number(band?.[1]) + Number(band?.[2]) - xs[12]!) < 0.2, 'band ends when the fault was undone');
  const recovery = /<line class="chart-line" x1="([\d.]+)"/.exec(throughput);
  t.ok(Math.abs(Number(recovery?.[1]) - (xs[14]! + xs[15]!) / 2) < 0.2, 'recovery line at 14.5 s');
});

t.test('the latency axis is log when p99 spreads more than 50x over p50, linear otherwise', async (t) => {
  const wide = svgs(renderHtmlReport(fixture()))[1] ?? '';
  t.match(wide, 'latency (ms) (log scale)');
  t.match(wide, />1<\/text>/, 'a decade tick');
  t.match(wide, />1,000<\/text>/, 'the decade above 480 ms');
  const narrow = svgs(
    renderHtmlReport(fixture({ timeline: timeline().map((p) => ({ ...p, p50Ms: 4, p99Ms: 12 + (p.t % 5) })) })),
  )[1];
  t.notMatch(narrow, 'log scale');
  t.match(narrow, />0<\/text>/, 'a linear axis from zero');
  t.match(narrow, />20<\/text>/, 'up to a round tick above the max of 16');
});

t.test('the verdict reads PASS for a consistent run and FAIL, with its problems, otherwise', async (t) => {
  const pass = renderHtmlReport(fixture());
  t.match(pass, '<span class="verdict pass">PASS</span>');
  t.notMatch(pass, 'FAIL');
  t.match(pass, 'No problems found.');

  const failing = fixture({
    consistency: {
      ok: false,
      records: 119_990,
      entities: 4_000,
      ackedWrites: 7512,
      ackedWritesFound: 7510,
      auditTrailsVerified: 19,
      orgs: 20,
      problems: Array.from({ length: 62 }, (_, i) => `missing acked write #${i}`),
    },
  });
  const fail = renderHtmlReport(failing);
  t.match(fail, '<span class="verdict fail">FAIL</span>');
  t.notMatch(fail, '>PASS<');
  t.match(fail, '7,510 / 7,512');
  t.match(fail, '19 / 20 orgs');
  const problems = /<ol class="problems">([\s\S]*?)<\/ol>/.exec(fail)?.[1] ?? '';
  t.equal(problems.match(/<li>/g)?.length, 50, 'only the first 50 problems are listed');
  t.match(problems, 'missing acked write #49');
  t.notMatch(problems, 'missing acked write #50');
  t.match(fail, 'and 12 more');
});

t.test('every string from the report is escaped, and the page holds no script and no URL', async (t) => {
  const evil = '<script>alert(1)</script>';
  const html = renderHtmlReport(
    fixture({
      workload: evil,
      startedAt: `"'&${evil}`,
      cluster: { ...fixture().cluster, regions: [evil] },
      errors: { [evil]: 3 },
      faults: [
        { atS: 3, action: evil, target: `"><img src=x onerror=alert(1)>`, endS: 5, recoveryMs: 10, probedEntities: 1 },
      ],
      consistency: { ...fixture().consistency, ok: false, problems: [evil] },
    }),
  );
  t.notMatch(html, '<script', 'no script element, neither injected nor own');
  t.notMatch(html, '<img');
  t.notMatch(html, 'http://');
  t.notMatch(html, 'https://');
  t.match(html, '&lt;script&gt;alert(1)&lt;/script&gt;');
  t.match(html, '&quot;&#39;&amp;&lt;script&gt;');
  t.match(html, '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');

  const plain = renderHtmlReport(fixture());
  t.notMatch(plain, '<script');
  t.notMatch(plain, /https?:\/\//, 'no external script, font, stylesheet or image, and no SVG namespace URL');
  t.notMatch(plain, /<link|@import|url\(/);
});

t.test('an empty timeline, a single point and all-zero values draw without NaN', async (t) => {
  const noNumbersLost = (html: string): void => {
    t.notMatch(html, 'NaN');
    t.notMatch(html, 'Infinity');
    t.equal(svgs(html).length, 2);
  };

  const empty = renderHtmlReport(fixture({ timeline: [], faults: [], durationS: 0 }));
  noNumbersLost(empty);
  t.match(empty, 'no timeline recorded');
  t.notMatch(empty, '<polyline', 'no series drawn');

  const single = renderHtmlReport(fixture({ timeline: [timeline()[0]!] }));
  noNumbersLost(single);
  for (const svg of svgs(single)) {
    t.same(polylinePoints(svg), [1, 1]);
    t.equal(svg.match(/<circle/g)?.length, 2, 'a lone point is drawn as a dot');
  }

  const zeros = renderHtmlReport(
    fixture({
      timeline: timeline().map((p) => ({ ...p, ok: 0, errors: 0, p50Ms: 0, p99Ms: 0 })),
      totals: { ...fixture().totals, ok: 0, errors: 0, throughputPerS: 0, latency: latency(0, 0, 0, 0) },
      operations: {},
      errors: {},
    }),
  );
  noNumbersLost(zeros);
  t.match(zeros, 'No errors.');

  const broken = renderHtmlReport(
    fixture({
      timeline: timeline().map((p, i) => (i === 3 ? { ...p, p99Ms: Number.NaN, ok: Number.POSITIVE_INFINITY } : p)),
      totals: { ...fixture().totals, throughputPerS: Number.NaN },
    }),
  );
  noNumbersLost(broken);
  for (const svg of svgs(broken)) t.same(polylinePoints(svg), [30, 30], 'a bad value keeps its vertex');
});
