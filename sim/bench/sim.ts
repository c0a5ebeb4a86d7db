/**
 * `npm run bench -- sim`: the capacity of a local cluster (3 nats-servers, 3 shard nodes, a
 * gateway, the smoke workload's mix over TLS gRPC): the highest open-loop arrival rate whose p99
 * stays under 50 ms with no error (logins left out: they are KDF-bound), beside the raw NATS request/reply rate of the same machine
 * measured in the same run. `--quick` uses the small ci cluster and short steps.
 */
import { findCapacity } from '../capacity.js';
import { preset } from '../workload/presets.js';
import { withOverrides } from '../workload/workload-config.js';
import { figure } from './figure.js';
import type { Figure } from './figure.js';
import type { BenchOptions } from './runtime.js';

const BENCH = 'sim';
const P99_BOUND_MS = 50;

export async function simBench(options: BenchOptions): Promise<Figure[]> {
  const base = options.quick ? preset('ci')! : preset('smoke')!;
  // Logins are bound by the password KDF (scrypt 2^15 is ~50 ms of CPU by design; the gateway
  // bench measures them against raw scrypt), so they are left out of a latency-bound mix.
  const config = withOverrides(base, { faults: [], mix: { ...base.mix, login: 0 } });
  const result = await findCapacity({
    config,
    p99BoundMs: P99_BOUND_MS,
    stepS: options.quick ? 3 : 8,
    startRate: 25,
    maxRate: options.quick ? 50 : 4_000,
    refinements: options.quick ? 0 : 3,
    log: options.progress,
  });
  const note = `${config.name} mix without login over TLS gRPC, open loop; baseline: raw NATS request/reply, 64 in flight`;
  return [
    figure(BENCH, 'sustained_rate_p99_50ms', result.sustainedRate, result.rawNatsRequestsPerS, 'ops/s', note),
    figure(
      BENCH,
      'p99_at_sustained_rate',
      result.p99Ms,
      P99_BOUND_MS,
      'ms',
      `p99 at the sustained rate; baseline: the ${P99_BOUND_MS} ms bound`,
    ),
  ];
}
