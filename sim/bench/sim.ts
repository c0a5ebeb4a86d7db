/**
 * `npm run bench -- sim`: the capacity of a local cluster (3 nats-servers, 3 shard nodes, a
 * gateway, the smoke workload's mix over TLS gRPC, logins left out: they are KDF-bound) and of a
 * standalone node (`redoubt start`): the highest open-loop arrival rate whose p99 stays under
 * 50 ms with no error (median of 3 searches, see sim/capacity.ts), the p99 and the CPU per
 * operation of every process at 25 ops/s. Beside them, measured in the same run: a raw grpc-js
 * TLS echo in a process of its own (what one gRPC call costs with no Redoubt in it), and raw NATS
 * request/reply. The standalone node runs after the cluster has stopped. `--quick` uses the small
 * ci cluster, short steps and one search.
 */
import { measureCapacity } from '../capacity.js';
import type { CapacityMeasurement, CapacityOptions } from '../capacity.js';
import { SimCluster } from '../cluster/sim-cluster.js';
import { StandaloneTarget } from '../cluster/standalone-target.js';
import { preset } from '../workload/presets.js';
import { withOverrides } from '../workload/workload-config.js';
import { figure, percentile } from './figure.js';
import type { Figure } from './figure.js';
import { rawGrpcEcho } from './raw-grpc.js';
import { rawRequestReply } from './raw-nats.js';
import type { BenchOptions } from './runtime.js';

const BENCH = 'sim';
const P99_BOUND_MS = 50;
const LOW_RATE = 25;
/** In flight during the raw echo: about what the open loop holds near the cluster's capacity. */
const ECHO_CONCURRENCY = 16;

interface Baselines {
  readonly echoPerS: number;
  readonly echoP99Ms: number;
  readonly echoCpuMsPerCall: number;
  readonly natsPerS: number;
}

export async function simBench(options: BenchOptions): Promise<Figure[]> {
  const base = options.quick ? preset('ci')! : preset('smoke')!;
  // Logins are bound by the password KDF (scrypt 2^15 is ~50 ms of CPU by design; the gateway
  // bench measures them against raw scrypt), so they are left out of a latency-bound mix.
  const config = withOverrides(base, { faults: [], mix: { ...base.mix, login: 0 } });
  const capacity: CapacityOptions = {
    config,
    p99BoundMs: P99_BOUND_MS,
    lowRate: LOW_RATE,
    log: options.progress,
    ...(options.quick
      ? { stepOps: 50, minStepS: 2, maxStepS: 3, warmupS: 2, searches: 1, maxRate: 50, refinements: 0 }
      : {}),
  };
  const baselineMs = options.quick ? 1000 : 10_000;

  let cluster: CapacityMeasurement;
  let baselines: Baselines;
  {
    await using target = await SimCluster.start({
      spec: config.cluster,
      progress: (m) => options.progress(`cluster: ${m}`),
    });
    cluster = await measureCapacity(target, capacity);
    options.progress(`raw grpc-js TLS echo, ${ECHO_CONCURRENCY} in flight, in a process of its own`);
    const certDir = await target.registry.issueCertificate('sim-bench-echo', ['--dns', 'localhost']);
    const echo = await rawGrpcEcho(certDir, target.ca, baselineMs, ECHO_CONCURRENCY);
    options.progress('raw NATS request/reply, 64 in flight');
    const nats = await rawRequestReply(target.natsUrl(target.spec.regions[0]!), baselineMs);
    baselines = {
      echoPerS: echo.loaded.perSecond,
      echoP99Ms: percentile(echo.unloaded.latenciesMs, 99),
      echoCpuMsPerCall: echo.serverCpuMsPerCall,
      natsPerS: nats.perSecond,
    };
  }
  options.progress('standalone node (redoubt start)');
  let standalone: CapacityMeasurement;
  {
    await using target = await StandaloneTarget.start({ scryptN: config.cluster.scryptN });
    standalone = await measureCapacity(target, capacity);
  }
  return [...capacityFigures('cluster', cluster, baselines), ...capacityFigures('standalone', standalone, baselines)];
}

function capacityFigures(target: 'cluster' | 'standalone', m: CapacityMeasurement, b: Baselines): Figure[] {
  const prefix = target === 'cluster' ? '' : 'standalone_';
  const searches = `median of ${m.searchRates.length} searches (${m.searchRates.join(', ')})`;
  const figures = [
    figure(
      BENCH,
      `${target}_capacity`,
      m.sustainedRate,
      b.echoPerS,
      'ops/s',
      `sustained rate with p99 <= ${P99_BOUND_MS} ms and no error, ${searches}; baseline: raw grpc-js TLS echo calls/s at ${ECHO_CONCURRENCY} in flight (goal ratio >= ${target === 'cluster' ? 0.25 : 0.5})`,
    ),
    figure(
      BENCH,
      `${prefix}p99_at_${LOW_RATE}_ops`,
      m.p99AtLowRateMs,
      b.echoP99Ms,
      'ms',
      `p99 of the mix at ${LOW_RATE} ops/s; baseline: raw echo p99, one call in flight (goal value <= 10 ms)`,
    ),
    figure(
      BENCH,
      `${prefix}cpu_ms_per_op`,
      m.cpuMsPerOp,
      b.echoCpuMsPerCall,
      'ms',
      `CPU of every process of the ${target} per operation at ${LOW_RATE} ops/s, idle subtracted; baseline: the echo server's CPU per call (goal value <= 3 ms)`,
    ),
  ];
  if (target === 'standalone') return figures;
  return [
    figure(
      BENCH,
      'sustained_rate_p99_50ms',
      m.sustainedRate,
      b.natsPerS,
      'ops/s',
      `${searches}; baseline: raw NATS request/reply, 64 in flight`,
    ),
    figure(BENCH, 'p99_at_sustained_rate', m.p99Ms, P99_BOUND_MS, 'ms', `baseline: the ${P99_BOUND_MS} ms bound`),
    ...figures,
  ];
}
