/**
 * One simulation against a running {@link SimCluster} (or any {@link SimTarget}, such as a
 * standalone node, for phases without faults): the population is created once, then any number
 * of measured phases run the open-loop mix (with the faults of the phase), and at the end the
 * consistency check reads every journal back. `redoubt sim run` does one phase; the capacity
 * bench does several at rising rates on the same target and population.
 */
import { connect, delay, NoRespondersError, TimeoutError } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { nodeKinds } from '../nodes/index.js';
import { nodeRegistryClient } from './cluster/node-registry-client.js';
import { SimCluster } from './cluster/sim-cluster.js';
import type { SimTarget } from './cluster/sim-target.js';
import { SimSetupError } from './errors.js';
import { runFaults } from './faults/fault-injector.js';
import { checkConsistency } from './measure/consistency-check.js';
import { LatencyRecorder } from './measure/latency-recorder.js';
import { RecoveryProbe } from './measure/recovery-probe.js';
import type { ProbeTarget } from './measure/recovery-probe.js';
import type { ProgressLine } from './report/progress-line.js';
import type { ConsistencyReport, FaultReport, RunReport } from './report/run-report.js';
import { runOpenLoop } from './workload/open-loop.js';
import { statusOf, Workload, WorkloadSkip } from './workload/operations.js';
import { createPopulation } from './workload/population.js';
import type { Population } from './workload/population.js';
import { SeededRandom } from './workload/seeded-random.js';
import type { FaultSpec, WorkloadConfig } from './workload/workload-config.js';

export interface PhaseOptions {
  readonly rate: number;
  readonly durationS: number;
  readonly maxOps?: number;
  readonly faults?: readonly FaultSpec[];
  /** Shows the live line and the fault events. */
  readonly progress?: ProgressLine;
  /** Stops the phase early (Ctrl-C): arrivals stop, calls in flight finish. */
  readonly abort?: Promise<unknown>;
}

/** What a phase measured: the report without the consistency check and the run's description. */
export type PhaseResult = Pick<
  RunReport,
  'startedAt' | 'targetRate' | 'durationS' | 'totals' | 'operations' | 'errors' | 'timeline' | 'faults'
>;

export class Simulation {
  readonly target: SimTarget;
  readonly config: WorkloadConfig;
  readonly population: Population;
  readonly workload: Workload;
  readonly probe: RecoveryProbe;
  readonly #random: SeededRandom;

  private constructor(target: SimTarget, config: WorkloadConfig, population: Population, random: SeededRandom) {
    this.target = target;
    this.config = config;
    this.population = population;
    this.#random = random;
    this.workload = new Workload(population, config.mix, random, config.timeoutMs);
    this.probe = new RecoveryProbe(probeTargets(population));
  }

  /** Creates the population through the cluster's gateways. @throws SimSetupError */
  static async prepare(target: SimTarget, config: WorkloadConfig, log: (message: string) => void): Promise<Simulation> {
    const population = await createPopulation({
      spec: config.population,
      regions: target.spec.regions,
      gateways: target.gateways(),
      ca: target.ca,
      progress: (message) => log(`population: ${message}`),
    });
    return new Simulation(target, config, population, new SeededRandom(config.seed));
  }

  /** The cluster, for what only a cluster offers (faults, reading the journals back). */
  #cluster(what: string): SimCluster {
    if (!(this.target instanceof SimCluster)) throw new SimSetupError(`${what} needs a cluster, not a standalone node`);
    return this.target;
  }

  /** Runs the mix open loop at `rate` for `durationS`, with the phase's faults. */
  async measure(phase: PhaseOptions): Promise<PhaseResult> {
    const startedWall = new Date();
    const startedAt = performance.now();
    const recorder = new LatencyRecorder(startedAt);
    let inFlight = 0;
    const ticker = setInterval(
      () =>
        phase.progress?.update({
          elapsedS: (performance.now() - startedAt) / 1000,
          durationS: phase.durationS,
          ok: recorder.okCount,
          errors: recorder.errorCount,
          p99Ms: recorder.recentP99Ms(5),
          inFlight,
        }),
      250,
    );
    const schedule = phase.faults ?? [];
    const cluster = schedule.length === 0 ? undefined : this.#cluster('a phase with faults');
    let endRun!: () => void;
    const runEnded = new Promise<void>((resolve) => (endRun = resolve));
    const abort = Promise.race([runEnded, phase.abort ?? new Promise(() => undefined)]);
    try {
      const faults: Promise<FaultReport[]> =
        cluster === undefined
          ? Promise.resolve([])
          : runFaults({
              cluster,
              schedule,
              probe: this.probe,
              random: this.#random,
              startedAt,
              recoveryTimeoutS: this.config.recoveryTimeoutS,
              notify: (message) =>
                phase.progress?.event(`[${((performance.now() - startedAt) / 1000).toFixed(1)}s] ${message}`),
              abort,
            });
      const loop = await runOpenLoop({
        rate: phase.rate,
        arrival: this.config.arrival,
        durationMs: phase.durationS * 1000,
        maxOps: phase.maxOps ?? Math.ceil(phase.rate * phase.durationS),
        maxInFlight: this.config.maxInFlight,
        random: this.#random,
        start: async (scheduledAt) => {
          const operation = this.workload.pick();
          try {
            await this.workload.run(operation);
            recorder.ok(operation, performance.now() - scheduledAt);
          } catch (error) {
            if (error instanceof WorkloadSkip) recorder.skip(operation, error.reason);
            else recorder.error(operation, statusOf(error));
          }
        },
        dropped: () => recorder.error(this.workload.pick(), 'DROPPED'),
        inFlight: (count) => {
          inFlight = count;
          recorder.inFlight(count);
        },
        abort: phase.abort,
      });
      endRun();
      const faultReports = await faults;
      const seconds = (loop.endedAt - startedAt) / 1000;
      return {
        startedAt: startedWall.toISOString(),
        targetRate: phase.rate,
        durationS: phase.durationS,
        totals: {
          scheduled: loop.scheduled,
          ok: recorder.okCount,
          errors: recorder.errorCount,
          skipped: recorder.skippedCount,
          throughputPerS: Math.round((recorder.okCount / Math.max(seconds, 0.001)) * 100) / 100,
          latency: recorder.total(),
        },
        operations: recorder.operations(),
        errors: recorder.errors(),
        timeline: recorder.timeline(seconds),
        faults: faultReports,
      };
    } finally {
      endRun();
      clearInterval(ticker);
      phase.progress?.done();
    }
  }

  /**
   * Reads every region's journal back and checks it against the acknowledged writes and the audit
   * trails. Right after a fault a JetStream leader may still be settling: a NATS timeout or a
   * missing responder reads everything again (reading has no side effect), at most three times.
   */
  async checkConsistency(log: (message: string) => void = () => {}): Promise<ConsistencyReport> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#checkConsistencyOnce();
      } catch (error) {
        if (attempt >= 3 || !(error instanceof TimeoutError || error instanceof NoRespondersError)) throw error;
        log(`consistency: ${(error as Error).message} while the cluster settles; reading again (${attempt + 1}/3)`);
        await delay(2000 * attempt);
      }
    }
  }

  async #checkConsistencyOnce(): Promise<ConsistencyReport> {
    const cluster = this.#cluster('the consistency check');
    const connections = new Map<string, NatsConnection>();
    try {
      for (const region of cluster.spec.regions)
        connections.set(
          region,
          await connect({ servers: cluster.natsUrl(region).split(','), maxReconnectAttempts: -1 }),
        );
      await using registry = await nodeRegistryClient(
        connections.get(cluster.spec.regions[0]!)!,
        await cluster.registry.issueCertificate(`sim-checker-${Date.now()}`),
      );
      const orgs = new Map(this.population.orgs.map((org) => [org.orgId, org]));
      return await checkConsistency({
        regions: connections,
        keyring: registry.keyring,
        kinds: await nodeKinds({ data: true, registry: false }),
        acked: this.workload.acked,
        orgIds: [...orgs.keys()],
        verifyAudit: async (orgId) => {
          const org = orgs.get(orgId)!;
          const reply = await org.api.call<{
            ok: boolean;
            problems: { seq: string | number; kind: string; detail: string }[];
          }>('AuditService', 'Verify', { orgId }, { timeoutMs: 60_000, token: org.admin.sessions[0]!.accessToken });
          return reply.ok ? [] : reply.problems.map((p) => `${p.kind} at ${p.seq}: ${p.detail}`);
        },
      });
    } finally {
      await Promise.all([...connections.values()].map((nc) => nc.close()));
    }
  }

  close(): void {
    this.population.close();
  }
}

/** One probe per entity of the population: orgs, projects, issues (as their admin), accounts (as themselves). */
function probeTargets(population: Population): ProbeTarget[] {
  return population.orgs.flatMap((org) => {
    const token = () => org.admin.sessions[0]!.accessToken;
    const ask = (service: string, method: string, request: object) => (timeoutMs: number) =>
      org.api.call(service, method, request, { timeoutMs, token: token() });
    return [
      { name: `org ${org.orgId}`, ask: ask('OrgService', 'GetOrg', { orgId: org.orgId }) },
      ...org.projects.map((projectId) => ({
        name: `project ${org.orgId}/${projectId}`,
        ask: ask('ProjectService', 'GetProject', { orgId: org.orgId, projectId }),
      })),
      ...org.issues.map((issue) => ({
        name: `issue ${org.orgId}/${issue.projectId}/${issue.number}`,
        ask: ask('IssueService', 'GetIssue', { orgId: org.orgId, projectId: issue.projectId, number: issue.number }),
      })),
      ...org.users.map((user) => ({
        name: `account ${user.email}`,
        ask: (timeoutMs: number) =>
          org.api.call('AccountService', 'GetMe', {}, { timeoutMs, token: user.sessions[0]!.accessToken }),
      })),
    ];
  });
}
