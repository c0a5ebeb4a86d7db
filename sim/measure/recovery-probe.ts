/**
 * How long a fault keeps entities from answering: after the fault, sweep a fixed set of probe
 * calls (one per entity: every org, project, issue and account of the population) until one
 * whole sweep answers without error. The recovery time runs from the injection to the end of
 * that sweep, so it covers failure detection, the shard handoff and the entities' reactivation.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { bounded } from '../cluster/cluster-client.js';

export interface ProbeTarget {
  /** e.g. `org sim-org-1`, for the report of what stayed down. */
  readonly name: string;
  readonly ask: (timeoutMs: number) => Promise<unknown>;
}

export interface RecoveryProbeOptions {
  /** Deadline of each probe call. @default 1000 */
  readonly callTimeoutMs?: number;
  /** Pause between sweeps. @default 100 */
  readonly intervalMs?: number;
  /** Probe calls in flight at once. @default 32 */
  readonly concurrency?: number;
}

export interface SweepResult {
  readonly ok: boolean;
  /** Names of the targets that failed. */
  readonly failed: readonly string[];
}

export class RecoveryProbe {
  readonly targets: readonly ProbeTarget[];
  readonly #callTimeoutMs: number;
  readonly #intervalMs: number;
  readonly #concurrency: number;

  constructor(targets: readonly ProbeTarget[], options: RecoveryProbeOptions = {}) {
    this.targets = targets;
    this.#callTimeoutMs = options.callTimeoutMs ?? 1_000;
    this.#intervalMs = options.intervalMs ?? 100;
    this.#concurrency = options.concurrency ?? 32;
  }

  /** Asks every target once. */
  async sweep(): Promise<SweepResult> {
    const results = await bounded(this.targets, this.#concurrency, (target) =>
      target.ask(this.#callTimeoutMs).then(
        () => true,
        () => false,
      ),
    );
    const failed = this.targets.filter((_, i) => !results[i]).map((t) => t.name);
    return { ok: failed.length === 0, failed };
  }

  /**
   * Sweeps until one sweep succeeds whole.
   * @returns the `performance.now()` time that sweep ended, or null if none did by `deadline`
   */
  async untilRecovered(deadline: number): Promise<{ at: number | null; lastFailed: readonly string[] }> {
    let lastFailed: readonly string[] = [];
    while (performance.now() < deadline) {
      const sweep = await this.sweep();
      if (sweep.ok) return { at: performance.now(), lastFailed: [] };
      lastFailed = sweep.failed;
      await delay(this.#intervalMs);
    }
    return { at: null, lastFailed };
  }
}
