/**
 * What one simulation run measured, as written to `report.json` and drawn by the HTML report.
 * Times are seconds since the run's measured phase began; latencies are milliseconds, measured
 * from each operation's intended start (open loop), so queueing under overload is counted.
 */

/** The operations of the workload mix. */
export const OPERATIONS = ['login', 'refresh', 'readOrg', 'createProject', 'moveIssue', 'readAudit'] as const;
export type OperationName = (typeof OPERATIONS)[number];

export interface LatencySummary {
  readonly count: number;
  readonly minMs: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
  readonly maxMs: number;
  /** The HDR histogram's percentile distribution: [percentile 0..100, latency ms], ascending. */
  readonly distribution: ReadonlyArray<readonly [number, number]>;
}

export interface OperationReport {
  /** Answered successfully. */
  readonly ok: number;
  /** Failed, by status (gRPC status name, `redoubt-code`, or `DROPPED` when shed by the driver). */
  readonly errors: Readonly<Record<string, number>>;
  /** Not sent: the driver found nothing to act on (every issue busy, the session refreshing), by reason. */
  readonly skipped: Readonly<Record<string, number>>;
  /** Latency of the successful calls. */
  readonly latency: LatencySummary;
}

/** One second of the run. */
export interface TimelinePoint {
  /** Start of the second, seconds since the measured phase began. */
  readonly t: number;
  readonly ok: number;
  readonly errors: number;
  /** p50 and p99 of the calls that completed in this second (0 when none did). */
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Calls in flight at the end of the second. */
  readonly inFlight: number;
}

export interface FaultReport {
  /** When it was injected. */
  readonly atS: number;
  /** `kill`, `stop` (SIGSTOP … SIGCONT) or `restart-nats`. */
  readonly action: string;
  /** What it hit, e.g. `node n2`, `nats eu-1`. */
  readonly target: string;
  /** When the fault was undone (node restarted, SIGCONT sent, nats-server back), if it was. */
  readonly endS: number | null;
  /** Time from injection until one sweep saw every probed entity answer; null if never in time. */
  readonly recoveryMs: number | null;
  /** How many entities the recovery probe asks on each sweep. */
  readonly probedEntities: number;
}

export interface ConsistencyReport {
  readonly ok: boolean;
  /** Journal records read back (all regions) and entities they belong to. */
  readonly records: number;
  readonly entities: number;
  /** Writes the cluster acknowledged to the driver, and how many of them were found in the journal. */
  readonly ackedWrites: number;
  readonly ackedWritesFound: number;
  /** Orgs whose audit trail `AuditService.Verify` accepted, out of all. */
  readonly auditTrailsVerified: number;
  readonly orgs: number;
  /** Every violation found: a missing acknowledged write, a sequence gap or fork, a record that does not open. */
  readonly problems: readonly string[];
}

export interface ClusterShape {
  readonly regions: readonly string[];
  readonly natsPerRegion: number;
  readonly nodesPerRegion: number;
  readonly gatewaysPerRegion: number;
  readonly registryNodes: number;
}

export interface PopulationShape {
  readonly orgs: number;
  readonly projects: number;
  readonly issues: number;
  readonly users: number;
  readonly sessions: number;
}

export interface RunReport {
  readonly version: 1;
  /** ISO time the measured phase began. */
  readonly startedAt: string;
  /** The workload's name (preset or config file). */
  readonly workload: string;
  readonly cluster: ClusterShape;
  readonly population: PopulationShape;
  /** Target arrival rate (operations per second) and the measured phase's length. */
  readonly targetRate: number;
  readonly durationS: number;
  readonly totals: {
    /** Operations whose arrival time came within the run. */
    readonly scheduled: number;
    readonly ok: number;
    readonly errors: number;
    /** Arrivals the driver could not act on (see {@link OperationReport.skipped}). */
    readonly skipped: number;
    /** Successful operations per second over the whole run. */
    readonly throughputPerS: number;
    /** Latency of every successful operation. */
    readonly latency: LatencySummary;
  };
  readonly operations: Readonly<Partial<Record<OperationName, OperationReport>>>;
  /** Errors of every operation, by status. */
  readonly errors: Readonly<Record<string, number>>;
  readonly timeline: readonly TimelinePoint[];
  readonly faults: readonly FaultReport[];
  readonly consistency: ConsistencyReport;
}
