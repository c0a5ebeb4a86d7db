/**
 * A small line chart drawn as inline SVG text, for the self-contained HTML run report: no script,
 * no external asset, so the page can be archived or mailed as one file and still draws.
 * Series are polylines (one vertex per data point); bands and vertical lines mark intervals and
 * instants such as faults and recoveries. Every coordinate written is finite: an empty or flat
 * series, zeros on a log axis and non-finite inputs give a drawn frame, never `NaN` in the markup.
 */

/** One line of the chart. */
export interface ChartSeries {
  /** Shown in the legend. */
  readonly name: string;
  /** A CSS colour. */
  readonly color: string;
  /** [x, y] in data units, drawn in this order. */
  readonly points: ReadonlyArray<readonly [number, number]>;
  /** @default false */
  readonly dashed?: boolean;
}

/** A shaded interval of the x axis; with `to` null (not ended) it is drawn as a vertical line at `from`. */
export interface ChartBand {
  readonly from: number;
  readonly to: number | null;
  /** Short text written at the top of the band. */
  readonly label: string;
  /**
   * Longer text shown as the band's tooltip.
   * @default label
   */
  readonly detail?: string;
  /**
   * A CSS colour.
   * @default "#d62728"
   */
  readonly color?: string;
}

/** A vertical line at one x. */
export interface ChartLine {
  readonly x: number;
  /** Short text written at the top of the line. */
  readonly label: string;
  /**
   * Longer text shown as the line's tooltip.
   * @default label
   */
  readonly detail?: string;
  /**
   * A CSS colour.
   * @default "#2ca02c"
   */
  readonly color?: string;
  /** @default true */
  readonly dashed?: boolean;
}

/** How the y axis maps values: `auto` picks `log` when the values spread widely (see `logSpread`). */
export type YScale = 'linear' | 'log' | 'auto';

/** Options of {@link renderLineChart}. */
export interface LineChartOptions {
  /** The chart's accessible name (the SVG `<title>`). */
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly ChartSeries[];
  /** @default [] */
  readonly bands?: readonly ChartBand[];
  /** @default [] */
  readonly lines?: readonly ChartLine[];
  /**
   * An x range always shown (e.g. the whole run), widened to fit the data and the markings.
   * @default the extent of the data and markings
   */
  readonly xDomain?: readonly [number, number];
  /** @default "linear" */
  readonly yScale?: YScale;
  /**
   * With `yScale: "auto"`, log is used when the largest positive y exceeds the smallest positive y
   * by more than this factor: below it a linear axis reads better.
   * @default 50
   */
  readonly logSpread?: number;
  /** @default 960 */
  readonly width?: number;
  /** @default 320 */
  readonly height?: number;
  /**
   * Formats x tick labels.
   * @default a short decimal
   */
  readonly formatX?: (value: number) => string;
  /**
   * Formats y tick labels.
   * @default a short decimal
   */
  readonly formatY?: (value: number) => string;
  /**
   * Written in the plot area when no series has a point.
   * @default "no data"
   */
  readonly emptyText?: string;
}

/** Escapes text for HTML or SVG content and attribute values (`&`, `<`, `>`, `"`, `'`). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const MARGIN = { left: 64, right: 20, top: 30, bottom: 44 } as const;
const LABEL_ROWS = 3;
const LABEL_ROW_HEIGHT = 12;

/**
 * Renders a line chart as one `<svg>` element (no `xmlns`: inline SVG in HTML does not need it,
 * and the report must hold no URL at all).
 */
export function renderLineChart(options: LineChartOptions): string {
  const width = options.width ?? 960;
  const height = options.height ?? 320;
  const formatX = options.formatX ?? formatTick;
  const formatY = options.formatY ?? formatTick;
  const bands = options.bands ?? [];
  const lines = options.lines ?? [];
  const plot = {
    left: MARGIN.left,
    right: Math.max(MARGIN.left + 1, width - MARGIN.right),
    top: MARGIN.top,
    bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom),
  };

  // Non-finite inputs are drawn at 0 rather than dropped, so each series keeps one vertex per point.
  const series = options.series.map((s) => ({
    ...s,
    points: s.points.map(([x, y]) => [finiteOr0(x), finiteOr0(y)] as const),
  }));
  const xs = [
    ...series.flatMap((s) => s.points.map(([x]) => x)),
    ...bands.flatMap((b) => (b.to === null ? [b.from] : [b.from, b.to])),
    ...lines.map((l) => l.x),
    ...(options.xDomain ?? []),
  ].filter(Number.isFinite);
  const x = linearAxis(xs.length > 0 ? minOf(xs) : 0, xs.length > 0 ? maxOf(xs) : 1, false);
  const ys = series.flatMap((s) => s.points.map(([, y]) => y));
  const y = yAxis(ys, options.yScale ?? 'linear', options.logSpread ?? 50);

  const px = (v: number): number => plot.left + x.fraction(v) * (plot.right - plot.left);
  const py = (v: number): number => plot.bottom - y.fraction(v) * (plot.bottom - plot.top);

  const out: string[] = [];
  out.push(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeMarkup(options.title)}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${escapeMarkup(options.title)}</title>`,
    `<rect x="${c(plot.left)}" y="${c(plot.top)}" width="${c(plot.right - plot.left)}" height="${c(plot.bottom - plot.top)}" fill="#fff" stroke="#ccc"/>`,
  );

  // Grid and ticks.
  for (const tick of y.ticks) {
    const ty = c(py(tick));
    out.push(
      `<line x1="${c(plot.left)}" x2="${c(plot.right)}" y1="${ty}" y2="${ty}" stroke="#eee"/>`,
      `<text x="${c(plot.left - 6)}" y="${ty}" text-anchor="end" dominant-baseline="middle" fill="#444">${escapeMarkup(formatY(tick))}</text>`,
    );
  }
  for (const tick of x.ticks) {
    const tx = c(px(tick));
    out.push(
      `<line x1="${tx}" x2="${tx}" y1="${c(plot.bottom)}" y2="${c(plot.bottom + 4)}" stroke="#888"/>`,
      `<text x="${tx}" y="${c(plot.bottom + 16)}" text-anchor="middle" fill="#444">${escapeMarkup(formatX(tick))}</text>`,
    );
  }
  const yLabel = y.log ? `${options.yLabel} (log scale)` : options.yLabel;
  const yLabelX = 14;
  const yLabelY = (plot.top + plot.bottom) / 2;
  out.push(
    `<text class="x-label" x="${c((plot.left + plot.right) / 2)}" y="${c(height - 6)}" text-anchor="middle" fill="#222">${escapeMarkup(options.xLabel)}</text>`,
    `<text class="y-label" x="${c(yLabelX)}" y="${c(yLabelY)}" transform="rotate(-90 ${c(yLabelX)} ${c(yLabelY)})" text-anchor="middle" fill="#222">${escapeMarkup(yLabel)}</text>`,
  );

  // Markings go under the series, their labels stagger over three rows so neighbours stay legible.
  const labels: string[] = [];
  const label = (atX: number, row: number, text: string, color: string): void => {
    const anchorEnd = atX > plot.right - 90;
    const lx = anchorEnd ? atX - 3 : atX + 3;
    const ly = plot.top + 10 + (row % LABEL_ROWS) * LABEL_ROW_HEIGHT;
    labels.push(
      `<text class="marking-label" x="${c(lx)}" y="${c(ly)}" text-anchor="${anchorEnd ? 'end' : 'start'}" fill="${escapeMarkup(color)}">${escapeMarkup(text)}</text>`,
    );
  };
  let row = 0;
  for (const band of bands) {
    const color = band.color ?? '#d62728';
    const tooltip = `<title>${escapeMarkup(band.detail ?? band.label)}</title>`;
    const x0 = px(band.from);
    if (band.to === null) {
      out.push(vline('chart-fault-line', x0, plot, color, false, tooltip));
    } else {
      const x1 = px(Math.max(band.from, band.to));
      out.push(
        `<rect class="chart-band" x="${c(x0)}" y="${c(plot.top)}" width="${c(Math.max(1, x1 - x0))}" height="${c(plot.bottom - plot.top)}" fill="${escapeMarkup(color)}" fill-opacity="0.12">${tooltip}</rect>`,
      );
    }
    label(x0, row++, band.label, color);
  }
  for (const line of lines) {
    const color = line.color ?? '#2ca02c';
    const tooltip = `<title>${escapeMarkup(line.detail ?? line.label)}</title>`;
    out.push(vline('chart-line', px(line.x), plot, color, line.dashed ?? true, tooltip));
    label(px(line.x), row++, line.label, color);
  }

  for (const s of series) {
    if (s.points.length === 0) continue;
    const points = s.points.map(([vx, vy]) => `${c(px(vx))},${c(py(vy))}`).join(' ');
    const dash = s.dashed === true ? ' stroke-dasharray="5 3"' : '';
    out.push(
      `<polyline class="series" data-series="${escapeMarkup(s.name)}" points="${points}" fill="none" stroke="${escapeMarkup(s.color)}" stroke-width="1.5"${dash}/>`,
    );
    // A single vertex draws no line: show it as a dot.
    const only = s.points.length === 1 ? s.points[0] : undefined;
    if (only !== undefined) {
      out.push(`<circle cx="${c(px(only[0]))}" cy="${c(py(only[1]))}" r="3" fill="${escapeMarkup(s.color)}"/>`);
    }
  }
  out.push(...labels);

  if (series.every((s) => s.points.length === 0)) {
    out.push(
      `<text class="chart-empty" x="${c((plot.left + plot.right) / 2)}" y="${c((plot.top + plot.bottom) / 2)}" text-anchor="middle" fill="#888">${escapeMarkup(options.emptyText ?? 'no data')}</text>`,
    );
  }

  // Legend, above the plot on the right.
  let lx = plot.right;
  for (const s of [...series].reverse()) {
    const textWidth = s.name.length * 6.5;
    lx -= textWidth + 30;
    const dash = s.dashed === true ? ' stroke-dasharray="5 3"' : '';
    out.push(
      `<line x1="${c(lx)}" x2="${c(lx + 18)}" y1="${c(plot.top - 14)}" y2="${c(plot.top - 14)}" stroke="${escapeMarkup(s.color)}" stroke-width="2"${dash}/>`,
      `<text x="${c(lx + 22)}" y="${c(plot.top - 14)}" dominant-baseline="middle" fill="#222">${escapeMarkup(s.name)}</text>`,
    );
  }

  out.push('</svg>');
  return out.join('\n');
}

interface Axis {
  /** Where a value falls, 0 (start) .. 1 (end), clamped. */
  fraction(value: number): number;
  readonly ticks: readonly number[];
  readonly log: boolean;
}

function vline(
  cls: string,
  atX: number,
  plot: { top: number; bottom: number },
  color: string,
  dashed: boolean,
  tooltip: string,
): string {
  const dash = dashed ? ' stroke-dasharray="4 3"' : '';
  return `<line class="${cls}" x1="${c(atX)}" x2="${c(atX)}" y1="${c(plot.top)}" y2="${c(plot.bottom)}" stroke="${escapeMarkup(color)}" stroke-width="1.5"${dash}>${tooltip}</line>`;
}

function yAxis(values: readonly number[], scale: YScale, logSpread: number): Axis {
  const positive = values.filter((v) => v > 0);
  const max = values.length > 0 ? maxOf(values) : 0;
  const minPositive = positive.length > 0 ? minOf(positive) : 0;
  const wantLog =
    scale === 'log' || (scale === 'auto' && minPositive > 0 && max / minPositive > Math.max(1, logSpread));
  if (wantLog && minPositive > 0) return logAxis(minPositive, max);
  // A value axis starts at zero, so heights compare honestly.
  return linearAxis(Math.min(0, values.length > 0 ? minOf(values) : 0), max, true);
}

/** A linear axis over [min, max]; with `extend` the end is rounded up to the next tick. */
function linearAxis(min: number, max: number, extend: boolean): Axis {
  let lo = min;
  let hi = max;
  if (!(hi > lo)) hi = lo + 1;
  const step = niceStep((hi - lo) / 5);
  if (extend) {
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
  }
  const ticks: number[] = [];
  for (let i = Math.ceil(lo / step); i * step <= hi + step * 1e-9; i++) {
    ticks.push(Number((i * step).toPrecision(12)));
  }
  const span = hi - lo;
  return { fraction: (v) => clamp01((v - lo) / span), ticks, log: false };
}

/** A log10 axis over whole decades; values at or below zero sit on its floor. */
function logAxis(minPositive: number, max: number): Axis {
  const loExp = Math.floor(Math.log10(minPositive));
  let hiExp = Math.ceil(Math.log10(max));
  if (hiExp <= loExp) hiExp = loExp + 1;
  // With few decades, 2 and 5 between them keep the axis readable.
  const multiples = hiExp - loExp <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let e = loExp; e <= hiExp; e++) {
    for (const m of multiples) {
      if (e === hiExp && m > 1) break;
      ticks.push(Number((m * 10 ** e).toPrecision(12)));
    }
  }
  const span = hiExp - loExp;
  return {
    fraction: (v) => (v > 0 ? clamp01((Math.log10(v) - loExp) / span) : 0),
    ticks,
    log: true,
  };
}

/** 1, 2 or 5 times a power of ten, at least `rough`. */
function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

function formatTick(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

// Loops rather than Math.min(...values): a long run's timeline could exceed the argument limit.
function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}

function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

function finiteOr0(v: number): number {
  return Number.isFinite(v) ? v : 0;
}

/** A coordinate with one decimal; anything non-finite becomes 0 so the markup never holds NaN. */
function c(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 10) / 10) : '0';
}
