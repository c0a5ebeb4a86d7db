/**
 * Membership and rebalancing of a region. Every node publishes heartbeats and listens to everyone
 * else's; one node at a time holds the coordinator lease (a KV key that expires unless renewed)
 * and writes the shard map by compare-and-set whenever the set of live nodes changes.
 */
import type { KV } from '@nats-io/kv';
import type { Logger } from 'pino';
import type { Transport, Subscription } from '../transport/transport.js';
import { rendezvousAssign } from './shard-hash.js';
import type { KvShardDirectory } from './shard-directory-kv.js';
import { nextShardMap, sameOwners } from './shard-map.js';

const LEASE_KEY = 'coordinator';

/** Options of {@link RegionCoordinator}; times in milliseconds. */
export interface CoordinatorOptions {
  readonly nodeId: string;
  readonly region: string;
  /**
   * How often a node says it is alive, and how often the coordinator checks.
   * @default 500
   */
  readonly heartbeatMs?: number;
  /**
   * A node not heard from for this long is dead and loses its shards.
   * @default 2500
   */
  readonly deadAfterMs?: number;
  /**
   * A newly seen node gets shards only after being heard from for this long, so a node that
   * flaps does not pull shards back and forth.
   * @default 1000
   */
  readonly settleMs?: number;
}

interface Member {
  firstSeen: number;
  lastSeen: number;
  leaving: boolean;
}

/** The heartbeat subject of a region. */
export function heartbeatSubject(region: string): string {
  return `rdt.${region}.heartbeat`;
}

export class RegionCoordinator {
  readonly #transport: Transport;
  readonly #lease: KV;
  readonly #directory: KvShardDirectory;
  readonly #log: Logger;
  readonly #nodeId: string;
  readonly #subject: string;
  readonly #heartbeatMs: number;
  readonly #deadAfterMs: number;
  readonly #settleMs: number;
  readonly #leaseMs: number;
  readonly #members = new Map<string, Member>();
  readonly #startedAt = Date.now();
  #leaseRevision = 0;
  #leaderUntil = 0;
  #leaving = false;
  #timer: NodeJS.Timeout | undefined;
  #subscription: Subscription | undefined;
  #ticking = false;

  /** @param leaseMs the lease bucket's TTL; a leader that could not renew for this long has lost it */
  constructor(
    transport: Transport,
    lease: KV,
    leaseMs: number,
    directory: KvShardDirectory,
    options: CoordinatorOptions,
    log: Logger,
  ) {
    this.#transport = transport;
    this.#lease = lease;
    this.#leaseMs = leaseMs;
    this.#directory = directory;
    this.#log = log;
    this.#nodeId = options.nodeId;
    this.#subject = heartbeatSubject(options.region);
    this.#heartbeatMs = options.heartbeatMs ?? 500;
    this.#deadAfterMs = options.deadAfterMs ?? 2500;
    this.#settleMs = options.settleMs ?? 1000;
  }

  /** True while this node holds an unexpired lease. */
  get isLeader(): boolean {
    return Date.now() < this.#leaderUntil;
  }

  start(): void {
    this.#subscription = this.#transport.subscribe(this.#subject, (data) => this.#onHeartbeat(data));
    this.#beat();
    this.#timer = setInterval(() => void this.#tick(), this.#heartbeatMs);
  }

  #onHeartbeat(data: Uint8Array): void {
    let beat: { node?: unknown; leaving?: unknown };
    try {
      beat = JSON.parse(new TextDecoder().decode(data)) as typeof beat;
    } catch {
      return;
    }
    if (typeof beat.node !== 'string' || beat.node.length === 0 || beat.node.length > 128) return;
    const now = Date.now();
    const member = this.#members.get(beat.node);
    if (member === undefined || now - member.lastSeen > this.#deadAfterMs) {
      this.#members.set(beat.node, { firstSeen: now, lastSeen: now, leaving: beat.leaving === true });
    } else {
      member.lastSeen = now;
      member.leaving = beat.leaving === true;
    }
  }

  #beat(): void {
    this.#transport.publish(
      this.#subject,
      new TextEncoder().encode(JSON.stringify({ node: this.#nodeId, leaving: this.#leaving })),
    );
  }

  async #tick(): Promise<void> {
    this.#beat();
    if (this.#ticking) return;
    this.#ticking = true;
    try {
      await this.#holdLease();
      if (this.isLeader) await this.#rebalance();
    } catch (error) {
      this.#log.warn({ err: error }, 'coordinator tick failed');
    } finally {
      this.#ticking = false;
    }
  }

  async #holdLease(): Promise<void> {
    if (this.#leaving) return;
    const started = Date.now();
    const value = new TextEncoder().encode(this.#nodeId);
    try {
      this.#leaseRevision =
        this.#leaseRevision === 0
          ? await this.#lease.create(LEASE_KEY, value)
          : await this.#lease.update(LEASE_KEY, value, this.#leaseRevision);
      if (!this.isLeader) this.#log.info({ node: this.#nodeId }, 'became region coordinator');
      // Count from before the renewal was sent, so the lease is never believed longer than it lasts.
      this.#leaderUntil = started + this.#leaseMs - this.#heartbeatMs;
    } catch {
      if (this.#leaseRevision !== 0) this.#log.info({ node: this.#nodeId }, 'lost region coordinator lease');
      this.#leaseRevision = 0;
      this.#leaderUntil = 0;
    }
  }

  /** The nodes that should own shards now. */
  #eligibleNodes(now: number): string[] {
    const nodes = this.#leaving ? [] : [this.#nodeId];
    for (const [node, member] of this.#members) {
      if (node === this.#nodeId) continue;
      if (now - member.lastSeen > this.#deadAfterMs) this.#members.delete(node);
      else if (!member.leaving && now - member.firstSeen >= this.#settleMs) nodes.push(node);
    }
    return nodes.sort();
  }

  async #rebalance(): Promise<void> {
    const now = Date.now();
    const current = this.#directory.current();
    // A fresh coordinator first listens for a while, so it does not mistake unheard nodes for dead ones.
    const listening = current.revision === 0 ? this.#settleMs : this.#deadAfterMs;
    if (now - this.#startedAt < listening && !this.#leaving) return;
    const nodes = this.#eligibleNodes(now);
    if (nodes.length === 0) return;
    const desired = rendezvousAssign(this.#directory.shardCount, nodes);
    if (sameOwners(desired, current.owners)) return;
    const moved = desired.filter((owner, shard) => owner !== current.owners[shard]).length;
    if (await this.#directory.compareAndSet(nextShardMap(current, desired))) {
      this.#log.info({ nodes, moved }, 'shard map updated');
    }
  }

  /**
   * Announces that this node is leaving; if it coordinates, it hands its shards to the others
   * and releases the lease at once.
   */
  async leave(): Promise<void> {
    this.#leaving = true;
    this.#beat();
    if (this.isLeader) {
      await this.#rebalance().catch((error: unknown) => this.#log.warn({ err: error }, 'handoff rebalance failed'));
      await this.#lease.delete(LEASE_KEY, { previousSeq: this.#leaseRevision }).catch(() => undefined);
      this.#leaderUntil = 0;
    }
  }

  close(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#subscription?.close();
    this.#subscription = undefined;
  }
}
