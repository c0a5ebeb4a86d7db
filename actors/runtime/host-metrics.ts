/** What the entity host reports; `nodes/` implements it with Prometheus metrics. */
export interface HostMetrics {
  /** An ask finished; outcome is `ok` or a failure code. */
  askDone(kind: string, outcome: string, seconds: number): void;
  /** A journal append finished (successfully or not). */
  journalAppend(seconds: number, ok: boolean): void;
  /** An append was refused because another node wrote first; the entity was retired. */
  fenced(): void;
  /** How many entities are in memory now. */
  activeEntities(count: number): void;
  /** An entity was activated from snapshot + tail. */
  activated(replayedRecords: number, seconds: number): void;
}

/** Metrics that go nowhere, for tests and tools. */
export const NO_METRICS: HostMetrics = {
  askDone: () => undefined,
  journalAppend: () => undefined,
  fenced: () => undefined,
  activeEntities: () => undefined,
  activated: () => undefined,
};
