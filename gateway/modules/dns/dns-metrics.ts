/**
 * The resolver's figures on the node's /metrics: queries by transport and decision (blocked and
 * cache hits among them), and how long answers took, by transport. Counted in plain arrays on the
 * hot path (prom-client hashes the labels of every observation, a tenth of a cached answer's
 * cost) and handed to prom-client when /metrics is read: the counter through its collect hook,
 * the histogram as a metric of its own in prom-client's shape.
 */
import { Counter } from 'prom-client';
import type { Metric, Registry } from 'prom-client';
import type { DnsTransport } from '../../dns/asker.js';
import type { Decision } from '../../dns/resolver.js';

export interface DnsMetrics {
  answered(transport: DnsTransport, decision: Decision, seconds: number): void;
}

const TRANSPORTS: readonly DnsTransport[] = ['udp', 'tcp', 'dot', 'doh'];
const DECISIONS: readonly Decision[] = [
  'refused',
  'blocked',
  'canary',
  'authoritative',
  'resolved',
  'cached',
  'stale',
  'failed',
];
const BOUNDS = [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25, 1, 3];
const HISTOGRAM = 'redoubt_dns_answer_seconds';

export function dnsMetrics(registry: Registry | undefined): DnsMetrics {
  if (registry === undefined) return { answered: () => undefined };
  const transportIndex = new Map(TRANSPORTS.map((transport, i) => [transport, i]));
  const decisionIndex = new Map(DECISIONS.map((decision, i) => [decision, i]));
  /** Queries since the counter last collected them, by transport and decision. */
  const uncounted = new Float64Array(TRANSPORTS.length * DECISIONS.length);
  /** Answers by transport and bucket (the last one past every bound), and their seconds. */
  const buckets = new Float64Array(TRANSPORTS.length * (BOUNDS.length + 1));
  const sums = new Float64Array(TRANSPORTS.length);
  new Counter({
    name: 'redoubt_dns_queries_total',
    help: 'DNS queries answered, by transport and decision (blocked, cached, resolved, stale, …)',
    labelNames: ['transport', 'decision'],
    registers: [registry],
    collect() {
      uncounted.forEach((count, i) => {
        if (count === 0) return;
        const transport = TRANSPORTS[Math.floor(i / DECISIONS.length)]!;
        this.inc({ transport, decision: DECISIONS[i % DECISIONS.length]! }, count);
        uncounted[i] = 0;
      });
    },
  });
  registry.registerMetric(answerSeconds(buckets, sums));
  return {
    answered(transport, decision, seconds) {
      const t = transportIndex.get(transport)!;
      uncounted[t * DECISIONS.length + decisionIndex.get(decision)!]! += 1;
      let bucket = 0;
      while (bucket < BOUNDS.length && seconds > BOUNDS[bucket]!) bucket++;
      buckets[t * (BOUNDS.length + 1) + bucket]! += 1;
      sums[t]! += seconds;
    },
  };
}

/**
 * The answer-time histogram as prom-client reads a metric (`get()` in its shape: cumulative
 * `_bucket` values by `le`, then `_sum` and `_count`), for the transports that answered.
 */
function answerSeconds(buckets: Float64Array, sums: Float64Array): Metric {
  const width = BOUNDS.length + 1;
  const metric = {
    name: HISTOGRAM,
    help: 'Time from a DNS query to its answer, by transport',
    type: 'histogram',
    aggregator: 'sum',
    get: async () => ({
      name: HISTOGRAM,
      help: metric.help,
      type: 'histogram',
      aggregator: 'sum',
      values: TRANSPORTS.flatMap((transport, t) => {
        const counts = buckets.subarray(t * width, (t + 1) * width);
        const count = counts.reduce((total, n) => total + n, 0);
        if (count === 0) return [];
        let cumulative = 0;
        return [
          ...BOUNDS.map((le, b) => {
            cumulative += counts[b]!;
            return { metricName: `${HISTOGRAM}_bucket`, labels: { le, transport }, value: cumulative };
          }),
          { metricName: `${HISTOGRAM}_bucket`, labels: { le: '+Inf', transport }, value: count },
          { metricName: `${HISTOGRAM}_sum`, labels: { transport }, value: sums[t]! },
          { metricName: `${HISTOGRAM}_count`, labels: { transport }, value: count },
        ];
      }),
    }),
    reset: () => {
      buckets.fill(0);
      sums.fill(0);
    },
  };
  // prom-client's registry reads a metric through name, help, type and get(); its typings only
  // name its own classes.
  return metric as unknown as Metric;
}
