/**
 * Runs a workload's fault schedule against a {@link SimCluster}: kill -9 a process and start it
 * again later, SIGSTOP and SIGCONT it, or kill and restart a nats-server. Each fault is followed
 * by the recovery probe; what happened and when goes into the report.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { SimCluster } from '../cluster/sim-cluster.js';
import type { RecoveryProbe } from '../measure/recovery-probe.js';
import type { FaultReport } from '../report/run-report.js';
import type { FaultSpec } from '../workload/workload-config.js';
import type { SeededRandom } from '../workload/seeded-random.js';

export interface FaultInjectorOptions {
  readonly cluster: SimCluster;
  readonly schedule: readonly FaultSpec[];
  readonly probe: RecoveryProbe;
  readonly random: SeededRandom;
  /** `performance.now()` when the measured phase began; `atS` counts from it. */
  readonly startedAt: number;
  readonly recoveryTimeoutS: number;
  /** A line for the progress display and the log, e.g. "kill sim-n2". */
  readonly notify: (message: string) => void;
  /** Stops waiting for faults not yet due. */
  readonly abort: Promise<unknown>;
}

/** Runs every fault of the schedule at its time; resolves when all are done and undone. */
export async function runFaults(options: FaultInjectorOptions): Promise<FaultReport[]> {
  let aborted = false;
  void options.abort.then(() => (aborted = true));
  const reports = await Promise.all(
    options.schedule.map(async (fault) => {
      const wait = options.startedAt + fault.atS * 1000 - performance.now();
      if (wait > 0) await Promise.race([delay(wait), options.abort]);
      return aborted ? undefined : injectOne(fault, options);
    }),
  );
  return reports.filter((r): r is FaultReport => r !== undefined).sort((a, b) => a.atS - b.atS);
}

async function injectOne(fault: FaultSpec, options: FaultInjectorOptions): Promise<FaultReport> {
  const { startedAt } = options;
  const seconds = (t: number) => Math.round((t - startedAt) / 10) / 100;
  const injectedAt = performance.now();
  const undo = await inject(fault, options);
  options.notify(`${fault.action} ${undo.target}`);
  // The probe and the undo run side by side: recovery may come before the undo (a failover).
  const [recovered, endedAt] = await Promise.all([
    options.probe.untilRecovered(injectedAt + options.recoveryTimeoutS * 1000),
    undo.run().then((t) => {
      if (t !== null) options.notify(`${undoVerb(fault)} ${undo.target}`);
      return t;
    }),
  ]);
  if (recovered.at === null)
    options.notify(
      `${undo.target}: not recovered within ${options.recoveryTimeoutS} s (${recovered.lastFailed.slice(0, 3).join(', ')}…)`,
    );
  return {
    atS: seconds(injectedAt),
    action: fault.action,
    target: undo.target,
    endS: endedAt === null ? null : seconds(endedAt),
    recoveryMs: recovered.at === null ? null : Math.round(recovered.at - injectedAt),
    probedEntities: options.probe.targets.length,
  };
}

/** Does the fault now; returns what it hit and how to undo it (resolving with when it was undone). */
async function inject(
  fault: FaultSpec,
  options: FaultInjectorOptions,
): Promise<{ target: string; run: () => Promise<number | null> }> {
  const { cluster, random } = options;
  const after = async (then: () => Promise<void> | void): Promise<number> => {
    await delay((fault.forS ?? 0) * 1000);
    await then();
    return performance.now();
  };
  if (fault.action === 'restart-nats') {
    const servers = cluster.natsServers();
    const name = fault.target === 'nats' ? random.pick([...servers.keys()]) : fault.target;
    const server = servers.get(name);
    if (server === undefined)
      throw new Error(`fault: no nats-server ${name} (known: ${[...servers.keys()].join(', ')})`);
    await server.kill();
    return { target: `nats ${name}`, run: () => after(() => server.restart()) };
  }
  const name = resolveProcess(cluster, fault.target, random);
  const process = cluster.process(name);
  if (fault.action === 'stop') {
    process.signal('SIGSTOP');
    return { target: name, run: () => after(() => void process.signal('SIGCONT')) };
  }
  process.signal('SIGKILL');
  await process.exited;
  return {
    target: name,
    run: async () => (fault.forS === undefined ? null : after(() => cluster.restart(name))),
  };
}

/** `node`, `gateway`, `registry`: a running process of that role, chosen by the seed; else a name. */
function resolveProcess(cluster: SimCluster, target: string, random: SeededRandom): string {
  if (target === 'node' || target === 'gateway' || target === 'registry') {
    const running = cluster.names(target).filter((name) => cluster.process(name).running);
    if (running.length === 0) throw new Error(`fault: no running ${target} to hit`);
    return random.pick(running);
  }
  cluster.process(target);
  return target;
}

function undoVerb(fault: FaultSpec): string {
  return fault.action === 'stop' ? 'SIGCONT' : fault.action === 'kill' ? 'restarted' : 'started';
}
