/**
 * A benchmark figure beside its raw baseline from the same run. Every bench in the project prints
 * these, as a table or (with --json) one JSON object per line:
 * `{"bench","name","value","baseline","ratio","unit"}`; ratio = value / baseline.
 */
export interface Figure {
  readonly bench: string;
  readonly name: string;
  readonly value: number;
  readonly baseline: number;
  readonly ratio: number;
  readonly unit: string;
  /** What the baseline is, and what the goal is, for the table. */
  readonly note: string;
}

export function figure(
  bench: string,
  name: string,
  value: number,
  baseline: number,
  unit: string,
  note: string,
): Figure {
  return {
    bench,
    name,
    value: round(value),
    baseline: round(baseline),
    ratio: round(baseline === 0 ? 0 : value / baseline, 3),
    unit,
    note,
  };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** The p-th percentile (0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function formatFigure(f: Figure): string {
  return `${f.name.padEnd(24)} ${String(f.value).padStart(12)} ${f.unit.padEnd(10)} baseline ${String(f.baseline).padStart(12)}  ratio ${String(f.ratio).padStart(6)}  ${f.note}`;
}

export function jsonFigure(f: Figure): string {
  return JSON.stringify({
    bench: f.bench,
    name: f.name,
    value: f.value,
    baseline: f.baseline,
    ratio: f.ratio,
    unit: f.unit,
  });
}
