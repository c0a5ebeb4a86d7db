/** Prometheus metrics of a node (prom-client), and the rolling figures /healthz reports. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HostMetrics } from '../actors/index.js';
import type { GatewayMetrics } from '../gateway/index.js';

/**
 * One node's metrics registry, served on /metrics: entity asks, journal and activations (the
 * runtime reports them as {@link HostMetrics}), gRPC calls and refusals (the gateway reports them
 * as {@link GatewayMetrics}), and Node's process metrics as `redoubt_process_*`, `redoubt_nodejs_*`.
 */
export class NodeMetrics implements HostMetrics, GatewayMetrics {
  readonly registry = new Registry();
  readonly #asks = new Counter({
    name: 'redoubt_asks_total',
    help: 'Entity asks handled, by kind and outcome',
    labelNames: ['kind', 'outcome'],
    registers: [this.registry],
  });
  readonly #askSeconds = new Histogram({
    name: 'redoubt_ask_seconds',
    help: 'Entity ask latency on the owning node',
    labelNames: ['kind'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly #append = new Histogram({
    name: 'redoubt_journal_append_seconds',
    help: 'Journal append latency (sealed, fenced, durable)',
    labelNames: ['ok'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly #fenced = new Counter({
    name: 'redoubt_journal_fenced_total',
    help: 'Appends refused because another node wrote first (the entity was retired here)',
    registers: [this.registry],
  });
  readonly #active = new Gauge({
    name: 'redoubt_entities_active',
    help: 'Entities in memory on this node',
    registers: [this.registry],
  });
  readonly #shards = new Gauge({
    name: 'redoubt_shards_owned',
    help: 'Shards this node owns',
    registers: [this.registry],
  });
  readonly #activations = new Counter({
    name: 'redoubt_activations_total',
    help: 'Entity activations from snapshot and journal tail',
    registers: [this.registry],
  });
  readonly #replayed = new Counter({
    name: 'redoubt_activation_replayed_records_total',
    help: 'Journal records replayed during activations',
    registers: [this.registry],
  });
  readonly #grpcHandled = new Counter({
    name: 'redoubt_grpc_server_handled_total',
    help: 'gRPC calls answered by the gateway, by full method path and gRPC status name',
    labelNames: ['method', 'code'],
    registers: [this.registry],
  });
  readonly #grpcSeconds = new Histogram({
    name: 'redoubt_grpc_server_handling_seconds',
    help: 'gRPC call latency at the gateway, from arrival to answer, by full method path',
    labelNames: ['method'],
    // Logins spend a memory-hard KDF; entity reads take milliseconds.
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly #grpcRefused = new Counter({
    name: 'redoubt_grpc_server_refused_total',
    help: 'gRPC calls refused by the gateway (rate limit, authn, authz, validation, entity failure), by method and reason',
    labelNames: ['method', 'reason'],
    registers: [this.registry],
  });
  /** Asks per second over the last seconds, for /healthz: a ring of per-second counts. */
  readonly #perSecond = new Array<number>(10).fill(0);
  #second = Math.floor(Date.now() / 1000);
  #appendMsTotal = 0;
  #appendCount = 0;
  #activeCount = 0;
  #shardCount = 0;

  constructor() {
    // The prefix goes before prom-client's own names (`process_cpu_seconds_total`,
    // `nodejs_heap_size_used_bytes`), so it must not repeat their `process_`.
    collectDefaultMetrics({ register: this.registry, prefix: 'redoubt_' });
  }

  askDone(kind: string, outcome: string, seconds: number): void {
    this.#asks.inc({ kind, outcome });
    this.#askSeconds.observe({ kind }, seconds);
    this.#tick();
    this.#perSecond[this.#second % this.#perSecond.length]! += 1;
  }

  callDone(method: string, code: string, seconds: number): void {
    this.#grpcHandled.inc({ method, code });
    this.#grpcSeconds.observe({ method }, seconds);
  }

  callRefused(method: string, reason: string): void {
    this.#grpcRefused.inc({ method, reason });
  }

  journalAppend(seconds: number, ok: boolean): void {
    this.#append.observe({ ok: String(ok) }, seconds);
    this.#appendMsTotal += seconds * 1000;
    this.#appendCount++;
  }

  fenced(): void {
    this.#fenced.inc();
  }

  activeEntities(count: number): void {
    this.#activeCount = count;
    this.#active.set(count);
  }

  activated(replayedRecords: number): void {
    this.#activations.inc();
    this.#replayed.inc(replayedRecords);
  }

  shardsOwned(count: number): void {
    this.#shardCount = count;
    this.#shards.set(count);
  }

  #tick(): void {
    const now = Math.floor(Date.now() / 1000);
    for (let s = this.#second + 1; s <= now && s <= this.#second + this.#perSecond.length; s++) {
      this.#perSecond[s % this.#perSecond.length] = 0;
    }
    this.#second = Math.max(this.#second, now);
  }

  /** The figures /healthz shows. */
  summary(): { shardsOwned: number; entitiesActive: number; asksPerSecond: number; journalAppendMeanMs: number } {
    this.#tick();
    const window = this.#perSecond.length - 1;
    const current = this.#second % this.#perSecond.length;
    const total = this.#perSecond.reduce((sum, n, i) => (i === current ? sum : sum + n), 0);
    return {
      shardsOwned: this.#shardCount,
      entitiesActive: this.#activeCount,
      asksPerSecond: Math.round((total / window) * 10) / 10,
      journalAppendMeanMs:
        this.#appendCount === 0 ? 0 : Math.round((this.#appendMsTotal / this.#appendCount) * 1000) / 1000,
    };
  }
}
