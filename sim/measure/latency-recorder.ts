/**
 * Latency and outcome of every operation: one HDR histogram per operation (Node's
 * `perf_hooks.createHistogram`, which is HdrHistogram: bounded memory, 3 significant digits at any
 * count) plus one per second of the run for the timeline. Values are recorded in microseconds.
 */
import { createHistogram } from 'node:perf_hooks';
import type { RecordableHistogram } from 'node:perf_hooks';
import type { LatencySummary, OperationName, OperationReport, TimelinePoint } from '../report/run-report.js';

/** Percentiles kept in a summary's distribution (beside min and max). */
const DISTRIBUTION = [0, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.99, 100];

interface Second {
  ok: number;
  errors: number;
  inFlight: number;
  readonly histogram: RecordableHistogram;
}

interface PerOperation {
  ok: number;
  readonly errors: Map<string, number>;
  readonly skipped: Map<string, number>;
  readonly histogram: RecordableHistogram;
}

export class LatencyRecorder {
  readonly #startedAt: number;
  readonly #operations = new Map<OperationName, PerOperation>();
  readonly #seconds: Second[] = [];
  readonly #all = createHistogram();

  /** @param startedAt - `performance.now()` when the measured phase began */
  constructor(startedAt: number) {
    this.#startedAt = startedAt;
  }

  /** A successful call that took `latencyMs` from its intended start, completing at `now`. */
  ok(operation: OperationName, latencyMs: number, now = performance.now()): void {
    const micros = Math.max(1, Math.round(latencyMs * 1000));
    const op = this.#operation(operation);
    op.ok++;
    op.histogram.record(micros);
    this.#all.record(micros);
    const second = this.#second(now);
    second.ok++;
    second.histogram.record(micros);
  }

  /** A failed call, by status (e.g. UNAVAILABLE, DEADLINE_EXCEEDED, DROPPED). */
  error(operation: OperationName, status: string, now = performance.now()): void {
    const errors = this.#operation(operation).errors;
    errors.set(status, (errors.get(status) ?? 0) + 1);
    this.#second(now).errors++;
  }

  /** An arrival the driver could not act on (nothing idle to act on), by reason. */
  skip(operation: OperationName, reason: string): void {
    const skipped = this.#operation(operation).skipped;
    skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  }

  /** Calls in flight at `now` (the last value given in a second is what the timeline shows). */
  inFlight(count: number, now = performance.now()): void {
    this.#second(now).inFlight = count;
  }

  get okCount(): number {
    return this.#all.count;
  }

  get errorCount(): number {
    return this.#sum('errors');
  }

  get skippedCount(): number {
    return this.#sum('skipped');
  }

  /** p99 of the last `seconds` whole or partial seconds, for the progress line. */
  recentP99Ms(seconds: number, now = performance.now()): number {
    const recent = createHistogram();
    const last = Math.floor((now - this.#startedAt) / 1000);
    for (let s = Math.max(0, last - seconds + 1); s <= last; s++) {
      const second = this.#seconds[s];
      if (second !== undefined && second.histogram.count > 0) recent.add(second.histogram);
    }
    return recent.count === 0 ? 0 : recent.percentile(99) / 1000;
  }

  operations(): Partial<Record<OperationName, OperationReport>> {
    const out: Partial<Record<OperationName, OperationReport>> = {};
    for (const [name, op] of this.#operations)
      out[name] = {
        ok: op.ok,
        errors: Object.fromEntries(op.errors),
        skipped: Object.fromEntries(op.skipped),
        latency: summarize(op.histogram),
      };
    return out;
  }

  /** Every error of every operation, by status. */
  errors(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const op of this.#operations.values())
      for (const [status, count] of op.errors) out[status] = (out[status] ?? 0) + count;
    return out;
  }

  total(): LatencySummary {
    return summarize(this.#all);
  }

  /** One point per second from the start up to `untilS` (seconds with no calls are zeros). */
  timeline(untilS: number): TimelinePoint[] {
    const points: TimelinePoint[] = [];
    const seconds = Math.max(this.#seconds.length, Math.ceil(untilS));
    for (let t = 0; t < seconds; t++) {
      const second = this.#seconds[t];
      const empty = second === undefined || second.histogram.count === 0;
      points.push({
        t,
        ok: second?.ok ?? 0,
        errors: second?.errors ?? 0,
        p50Ms: empty ? 0 : millis(second.histogram.percentile(50)),
        p99Ms: empty ? 0 : millis(second.histogram.percentile(99)),
        inFlight: second?.inFlight ?? 0,
      });
    }
    return points;
  }

  #operation(name: OperationName): PerOperation {
    let op = this.#operations.get(name);
    if (op === undefined) {
      op = { ok: 0, errors: new Map(), skipped: new Map(), histogram: createHistogram() };
      this.#operations.set(name, op);
    }
    return op;
  }

  #sum(what: 'errors' | 'skipped'): number {
    let n = 0;
    for (const op of this.#operations.values()) for (const count of op[what].values()) n += count;
    return n;
  }

  #second(now: number): Second {
    const index = Math.max(0, Math.floor((now - this.#startedAt) / 1000));
    for (let i = this.#seconds.length; i <= index; i++)
      this.#seconds.push({ ok: 0, errors: 0, inFlight: 0, histogram: createHistogram() });
    return this.#seconds[index]!;
  }
}

/** A histogram's figures in milliseconds; all zeros when it is empty. */
export function summarize(histogram: RecordableHistogram): LatencySummary {
  if (histogram.count === 0)
    return { count: 0, minMs: 0, meanMs: 0, p50Ms: 0, p90Ms: 0, p99Ms: 0, p999Ms: 0, maxMs: 0, distribution: [] };
  return {
    count: histogram.count,
    minMs: millis(histogram.min),
    meanMs: millis(histogram.mean),
    p50Ms: millis(histogram.percentile(50)),
    p90Ms: millis(histogram.percentile(90)),
    p99Ms: millis(histogram.percentile(99)),
    p999Ms: millis(histogram.percentile(99.9)),
    maxMs: millis(histogram.max),
    // Node's percentile() takes (0, 100]: the 0th is the minimum.
    distribution: DISTRIBUTION.map((p) => [p, millis(p === 0 ? histogram.min : histogram.percentile(p))] as const),
  };
}

function millis(micros: number): number {
  return Math.round(micros) / 1000;
}
