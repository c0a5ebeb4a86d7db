/**
 * The HTML run report for capacity planners: one self-contained page (inline CSS and SVG, no
 * script, no URL) that can be archived beside `report.json` and opened anywhere, offline.
 * It leads with the figures a planner decides on (throughput, tail latency, the consistency
 * verdict), then shows throughput and latency over time with every fault marked, then the tables.
 * Every string from the report is escaped: workload names, statuses and problems come from
 * config files and from the cluster under test.
 */
import { OPERATIONS } from './run-report.js';
import type { FaultReport, LatencySummary, RunReport, TimelinePoint } from './run-report.js';
import { escapeMarkup as esc, renderLineChart } from './svg-chart.js';
import type { ChartBand, ChartLine } from './svg-chart.js';

/** Problems listed in full; past this a count says how many more, so a broken run stays readable. */
const MAX_PROBLEMS = 50;

const COLORS = {
  ok: '#1f77b4',
  errors: '#d62728',
  p50: '#1f77b4',
  p99: '#ff7f0e',
  fault: '#d62728',
  recovery: '#2ca02c',
} as const;

/** Renders a run report as one HTML page. */
export function renderHtmlReport(report: RunReport): string {
  const title = `Load run: ${report.workload}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    header(report),
    summary(report),
    charts(report),
    operationsTable(report),
    errorsTable(report),
    faultsTable(report.faults),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const CSS = `
body { font: 14px/1.45 system-ui, sans-serif; color: #222; margin: 24px auto; max-width: 1000px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: #666; } dl.facts dd { margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.card .v { font-size: 22px; font-weight: 600; } .card .k { color: #666; font-size: 12px; }
.verdict { display: inline-block; font-size: 34px; font-weight: 800; padding: 4px 22px; border-radius: 6px; color: #fff; letter-spacing: 2px; }
.verdict.pass { background: #2e7d32; } .verdict.fail { background: #c62828; }
table { border-collapse: collapse; margin: 4px 0; } th, td { padding: 3px 10px; border-bottom: 1px solid #eee; }
th { text-align: left; background: #f6f6f6; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 600; border-top: 1px solid #ccc; }
.problems li { font-family: ui-monospace, monospace; font-size: 12px; overflow-wrap: anywhere; }
.muted { color: #777; } figure { margin: 12px 0; } svg.chart { max-width: 100%; height: auto; }
`;

function header(report: RunReport): string {
  const { cluster, population } = report;
  const regions = cluster.regions.length;
  const clusterText =
    `${count(regions)} ${plural(regions, 'region')} (${cluster.regions.join(', ')}); per region: ` +
    `${count(cluster.natsPerRegion)} nats, ${count(cluster.nodesPerRegion)} ${plural(cluster.nodesPerRegion, 'node')}, ` +
    `${count(cluster.gatewaysPerRegion)} ${plural(cluster.gatewaysPerRegion, 'gateway')}; ` +
    `${count(cluster.registryNodes)} registry ${plural(cluster.registryNodes, 'node')}`;
  const populationText =
    `${count(population.orgs)} orgs, ${count(population.projects)} projects, ${count(population.issues)} issues, ` +
    `${count(population.users)} users, ${count(population.sessions)} sessions`;
  return `<header>
<h1>Load run: ${esc(report.workload)}</h1>
<dl class="facts">
<dt>Workload</dt><dd>${esc(report.workload)}</dd>
<dt>Started</dt><dd>${esc(report.startedAt)}</dd>
<dt>Duration</dt><dd>${esc(duration(report.durationS))}</dd>
<dt>Target rate</dt><dd>${esc(rate(report.targetRate))} ops/s</dd>
<dt>Cluster</dt><dd>${esc(clusterText)}</dd>
<dt>Population</dt><dd>${esc(populationText)}</dd>
</dl>
</header>`;
}

function summary(report: RunReport): string {
  const { totals, consistency } = report;
  const errorShare = totals.ok + totals.errors > 0 ? (100 * totals.errors) / (totals.ok + totals.errors) : 0;
  const card = (value: string, key: string): string =>
    `<div class="card"><div class="v">${esc(value)}</div><div class="k">${esc(key)}</div></div>`;
  const verdict = consistency.ok ? '<span class="verdict pass">PASS</span>' : '<span class="verdict fail">FAIL</span>';
  const shown = consistency.problems.slice(0, MAX_PROBLEMS);
  const more = consistency.problems.length - shown.length;
  const problems =
    consistency.problems.length === 0
      ? '<p class="muted">No problems found.</p>'
      : `<ol class="problems">\n${shown.map((p) => `<li>${esc(p)}</li>`).join('\n')}\n</ol>` +
        (more > 0 ? `\n<p>and ${count(more)} more</p>` : '');
  return `<section>
<h2>Summary</h2>
<div class="cards">
${card(`${rate(totals.throughputPerS)} ok/s`, 'throughput')}
${card(count(totals.scheduled), 'scheduled')}
${card(count(totals.ok), 'ok')}
${card(`${count(totals.errors)} (${percent(errorShare)})`, 'errors')}
${card(count(totals.skipped), 'skipped (not sent)')}
${card(`${ms(totals.latency.p50Ms)} ms`, 'p50')}
${card(`${ms(totals.latency.p99Ms)} ms`, 'p99')}
${card(`${ms(totals.latency.maxMs)} ms`, 'max')}
</div>
<h2>Consistency</h2>
<p>${verdict}</p>
<dl class="facts">
<dt>Acked writes found</dt><dd>${count(consistency.ackedWritesFound)} / ${count(consistency.ackedWrites)}</dd>
<dt>Audit trails verified</dt><dd>${count(consistency.auditTrailsVerified)} / ${count(consistency.orgs)} orgs</dd>
<dt>Journal read back</dt><dd>${count(consistency.records)} records of ${count(consistency.entities)} entities</dd>
<dt>Problems</dt><dd>${count(consistency.problems.length)}</dd>
</dl>
${problems}
</section>`;
}

function charts(report: RunReport): string {
  const timeline = [...report.timeline].sort((a, b) => a.t - b.t);
  const { bands, lines } = faultMarkings(report.faults);
  const lastT = timeline.at(-1)?.t ?? 0;
  const xDomain = [0, Math.max(report.durationS, lastT)] as const;
  const seriesOf = (value: (p: TimelinePoint) => number) => timeline.map((p) => [p.t, value(p)] as const);
  const common = {
    xLabel: 'time since start (s)',
    bands,
    lines,
    xDomain,
    emptyText: 'no timeline recorded',
  };
  const throughput = renderLineChart({
    ...common,
    title: 'Throughput over time',
    yLabel: 'operations/s',
    series: [
      { name: 'ok/s', color: COLORS.ok, points: seriesOf((p) => p.ok) },
      { name: 'errors/s', color: COLORS.errors, points: seriesOf((p) => p.errors) },
    ],
    formatY: rate,
  });
  const latency = renderLineChart({
    ...common,
    title: 'Latency over time',
    yLabel: 'latency (ms)',
    // Tails under faults sit orders of magnitude above the median: log keeps both readable.
    yScale: 'auto',
    logSpread: 50,
    series: [
      { name: 'p50', color: COLORS.p50, points: seriesOf((p) => p.p50Ms) },
      { name: 'p99', color: COLORS.p99, points: seriesOf((p) => p.p99Ms) },
    ],
    formatY: msTick,
  });
  return `<section>
<h2>Throughput</h2>
<figure>
${throughput}
</figure>
<h2>Latency</h2>
<figure>
${latency}
</figure>
<p class="muted">Shaded: a fault from injection until it was undone (a line when it never was). Dashed green: every probed entity answered again.</p>
</section>`;
}

/** A fault's band (or line, if never undone) and, when it recovered, a line at the recovery. */
function faultMarkings(faults: readonly FaultReport[]): { bands: ChartBand[]; lines: ChartLine[] } {
  const bands: ChartBand[] = [];
  const lines: ChartLine[] = [];
  for (const fault of faults) {
    const label = `${fault.action} ${fault.target}`;
    const undone = fault.endS === null ? 'never undone' : `undone at ${seconds(fault.endS)}`;
    bands.push({
      from: fault.atS,
      to: fault.endS,
      label,
      detail: `${label} at ${seconds(fault.atS)}, ${undone}`,
      color: COLORS.fault,
    });
    if (fault.recoveryMs !== null && Number.isFinite(fault.recoveryMs)) {
      lines.push({
        x: fault.atS + fault.recoveryMs / 1000,
        label: 'recovered',
        detail: `${label}: recovered after ${ms(fault.recoveryMs)} ms`,
        color: COLORS.recovery,
      });
    }
  }
  return { bands, lines };
}

function operationsTable(report: RunReport): string {
  // The workload's own order first, then any name this version does not know.
  const order = (name: string): number => {
    const i = (OPERATIONS as readonly string[]).indexOf(name);
    return i === -1 ? OPERATIONS.length : i;
  };
  const entries = Object.entries(report.operations)
    .flatMap(([name, op]) => (op === undefined ? [] : [[name, op] as const]))
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b));
  const latencyCells = (l: LatencySummary): string =>
    [l.p50Ms, l.p90Ms, l.p99Ms, l.p999Ms, l.maxMs, l.meanMs].map((v) => `<td class="n">${ms(v)}</td>`).join('');
  const rows = entries.map(
    ([name, op]) =>
      `<tr><td>${esc(name)}</td><td class="n">${count(op.ok)}</td><td class="n">${count(sum(Object.values(op.errors)))}</td><td class="n">${count(sum(Object.values(op.skipped)))}</td>${latencyCells(op.latency)}</tr>`,
  );
  const { totals } = report;
  return `<section>
<h2>Operations</h2>
<table class="operations">
<thead><tr><th>operation</th><th class="n">ok</th><th class="n">errors</th><th class="n">skipped</th><th class="n">p50 ms</th><th class="n">p90 ms</th><th class="n">p99 ms</th><th class="n">p99.9 ms</th><th class="n">max ms</th><th class="n">mean ms</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr><td>all</td><td class="n">${count(totals.ok)}</td><td class="n">${count(totals.errors)}</td><td class="n">${count(totals.skipped)}</td>${latencyCells(totals.latency)}</tr></tfoot>
</table>
</section>`;
}

function errorsTable(report: RunReport): string {
  const entries = Object.entries(report.errors).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const total = sum(entries.map(([, n]) => n));
  const body =
    entries.length === 0
      ? '<p class="muted">No errors.</p>'
      : `<table class="errors">
<thead><tr><th>status</th><th class="n">count</th><th class="n">share</th></tr></thead>
<tbody>
${entries
  .map(
    ([status, n]) =>
      `<tr><td>${esc(status)}</td><td class="n">${count(n)}</td><td class="n">${percent(total > 0 ? (100 * n) / total : 0)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;
  return `<section>
<h2>Errors by status</h2>
${body}
</section>`;
}

function faultsTable(faults: readonly FaultReport[]): string {
  const body =
    faults.length === 0
      ? '<p class="muted">No faults injected.</p>'
      : `<table class="faults">
<thead><tr><th class="n">at</th><th>action</th><th>target</th><th class="n">undone at</th><th class="n">recovery</th><th class="n">probed entities</th></tr></thead>
<tbody>
${faults
  .map(
    (f) =>
      `<tr><td class="n">${esc(seconds(f.atS))}</td><td>${esc(f.action)}</td><td>${esc(f.target)}</td>` +
      `<td class="n">${f.endS === null ? 'not undone' : esc(seconds(f.endS))}</td>` +
      `<td class="n">${f.recoveryMs === null ? 'not recovered' : `${ms(f.recoveryMs)} ms`}</td>` +
      `<td class="n">${count(f.probedEntities)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`;
  return `<section>
<h2>Faults</h2>
${body}
</section>`;
}

// Number formats. Each returns a dash for a non-finite value, so no NaN reaches the page.

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Milliseconds: two decimals below 10 (two significant digits below 0.01), whole numbers above. */
function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 0.01) return String(Number(v.toPrecision(2)));
  if (a < 10) return v.toFixed(2);
  return GROUPED.format(v);
}

/** An axis tick in milliseconds: 1, 0.5, 2,000; no padding zeros, so log decades read cleanly. */
function msTick(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return Math.abs(v) < 10 ? String(Number(v.toPrecision(2))) : GROUPED.format(v);
}

/** A rate per second: one decimal below 100, whole numbers above. */
function rate(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return Math.abs(v) < 100 && !Number.isInteger(v) ? v.toFixed(1) : GROUPED.format(v);
}

function count(v: number): string {
  return Number.isFinite(v) ? GROUPED.format(v) : '–';
}

function percent(v: number): string {
  return Number.isFinite(v) ? `${v < 10 && v > 0 ? v.toFixed(2) : v.toFixed(1)}%` : '–';
}

function seconds(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return `${Number.isInteger(v) ? GROUPED.format(v) : v.toFixed(1)} s`;
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return '–';
  if (s < 120) return seconds(s);
  const minutes = s / 60;
  return `${seconds(s)} (${Number.isInteger(minutes) ? minutes : minutes.toFixed(1)} min)`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) if (Number.isFinite(v)) total += v;
  return total;
}
