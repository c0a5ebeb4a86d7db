/**
 * The resolver's figures on the node's /metrics: queries by transport and decision (blocked and
 * cache hits among them), and how long answers took, by transport.
 */
import { Counter, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';
import type { DnsTransport } from '../../dns/asker.js';
import type { Decision } from '../../dns/resolver.js';

export interface DnsMetrics {
  answered(transport: DnsTransport, decision: Decision | 'refused', seconds: number): void;
}

export function dnsMetrics(registry: Registry | undefined): DnsMetrics {
  if (registry === undefined) return { answered: () => undefined };
  const queries = new Counter({
    name: 'redoubt_dns_queries_total',
    help: 'DNS queries answered, by transport and decision (blocked, cached, resolved, stale, …)',
    labelNames: ['transport', 'decision'],
    registers: [registry],
  });
  const seconds = new Histogram({
    name: 'redoubt_dns_answer_seconds',
    help: 'Time from a DNS query to its answer, by transport',
    labelNames: ['transport'],
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.25, 1, 3],
    registers: [registry],
  });
  return {
    answered(transport, decision, took) {
      queries.inc({ transport, decision });
      seconds.observe({ transport }, took);
    },
  };
}
