/**
 * Membership and rebalancing of a region. Every node publishes heartbeats and listens to everyone
 * else's; one node at a time holds the coordinator lease (a KV key that expires unless renewed)
 * and writes the shard map by compare-and-set whenever the set of live nodes changes.
 *
 * A node that lost its NATS connection (killed, crashed) is known gone within a round trip, not
 * after its heartbeats were missed (see liveness.ts): its shards move at once, and a lease it held
 * is taken over by compare-and-set on the lease's revision. Missed heartbeats still decide for a
 * node that is connected but silent (frozen, overloaded).
 */
import type { KV } from '@nats-io/kv';
import type { Logger } from 'pino';
import type { Transport, Subscription } from '../transport/transport.js';
import { answerProbes, decodeSuspect, probe, suspectSubject } from './liveness.js';
import { answerRegionProbes } from './region-reach.js';
import { rendezvousAssign } from './shard-hash.js';
import type { KvShardDirectory } from './shard-directory-kv.js';
import { nextShardMap, sameOwners } from './shard-map.js';

const LEASE_KEY = 'coordinator';
/** How long a node confirmed gone is remembered, so a heartbeat it sent before dying is not taken for a return. */
const REMEMBER_GONE_MS = 10 * 60_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

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
  /**
   * How long a probe of a suspect node may go unanswered before it counts as silent (then only
   * missed heartbeats decide).
   * @default heartbeatMs
   */
  readonly probeTimeoutMs?: number;
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
  readonly #region: string;
  readonly #subject: string;
  readonly #heartbeatMs: number;
  readonly #deadAfterMs: number;
  readonly #settleMs: number;
  readonly #probeTimeoutMs: number;
  readonly #leaseMs: number;
  readonly #members = new Map<string, Member>();
  /** Nodes a probe found disconnected, and when. */
  readonly #gone = new Map<string, number>();
  readonly #probing = new Set<string>();
  readonly #startedAt = Date.now();
  #leaseRevision = 0;
  #leaderUntil = 0;
  #leaving = false;
  #timer: NodeJS.Timeout | undefined;
  #subscriptions: Subscription[] = [];
  #acting = false;
  #actAgain = false;

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
    this.#region = options.region;
    this.#subject = heartbeatSubject(options.region);
    this.#heartbeatMs = options.heartbeatMs ?? 500;
    this.#deadAfterMs = options.deadAfterMs ?? 2500;
    this.#settleMs = options.settleMs ?? 1000;
    this.#probeTimeoutMs = options.probeTimeoutMs ?? this.#heartbeatMs;
  }

  /** True while this node holds an unexpired lease. */
  get isLeader(): boolean {
    return Date.now() < this.#leaderUntil;
  }

  start(): void {
    this.#subscriptions = [
      this.#transport.subscribe(this.#subject, (data) => this.#onHeartbeat(data)),
      answerProbes(this.#transport, this.#region, this.#nodeId),
      // Other regions' clients ask whether this region can be reached at all.
      answerRegionProbes(this.#transport, this.#region),
      this.#transport.subscribe(suspectSubject(this.#region), (data) => {
        const node = decodeSuspect(data);
        if (node !== undefined && node !== this.#nodeId) this.#check(node);
      }),
    ];
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
    // Sent before it died, or from a node back after a cut: only a probe tells which.
    if (this.#gone.has(beat.node)) return this.#check(beat.node);
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
      encoder.encode(JSON.stringify({ node: this.#nodeId, leaving: this.#leaving })),
    );
  }

  async #tick(): Promise<void> {
    this.#beat();
    const now = Date.now();
    // A member that missed two beats may be gone: a probe tells long before the dead-after time.
    for (const [node, member] of this.#members) {
      if (node !== this.#nodeId && now - member.lastSeen > 2 * this.#heartbeatMs) this.#check(node);
    }
    for (const [node, since] of this.#gone) if (now - since > REMEMBER_GONE_MS) this.#gone.delete(node);
    await this.#act();
  }

  /** Holds the lease and, as leader, rebalances; a call made meanwhile runs it once more after. */
  async #act(): Promise<void> {
    if (this.#acting) {
      this.#actAgain = true;
      return;
    }
    this.#acting = true;
    try {
      do {
        this.#actAgain = false;
        await this.#holdLease();
        if (this.isLeader) await this.#rebalance();
      } while (this.#actAgain && this.#timer !== undefined);
    } catch (error) {
      this.#log.warn({ err: error }, 'coordinator tick failed');
    } finally {
      this.#acting = false;
    }
  }

  /** Probes a node, one probe at a time per node, and acts on what it learns. */
  #check(node: string): void {
    if (this.#probing.has(node) || this.#timer === undefined) return;
    this.#probing.add(node);
    probe(this.#transport, this.#region, node, this.#probeTimeoutMs)
      .then((liveness) => {
        if (liveness === 'gone') this.#declareGone(node);
        // Its next heartbeat makes it a member again, one that must settle like any newcomer.
        else if (liveness === 'alive' && this.#gone.delete(node)) this.#log.info({ node }, 'node is connected again');
      })
      .catch((error: unknown) => this.#log.debug({ err: error, node }, 'probe failed'))
      .finally(() => this.#probing.delete(node));
  }

  #declareGone(node: string): void {
    const wasMember = this.#members.delete(node);
    const known = this.#gone.has(node);
    this.#gone.set(node, Date.now());
    if (wasMember || !known) this.#log.warn({ node }, 'node is gone (not connected to NATS): moving its shards now');
    void this.#act();
  }

  async #holdLease(): Promise<void> {
    if (this.#leaving) return;
    const started = Date.now();
    const value = new TextEncoder().encode(this.#nodeId);
    try {
      this.#leaseRevision =
        this.#leaseRevision === 0
          ? await this.#takeLease(value)
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

  /**
   * Creates the lease, or takes it over from a holder confirmed gone (by compare-and-set on the
   * revision read, so of several nodes trying at once one wins).
   */
  async #takeLease(value: Uint8Array): Promise<number> {
    try {
      return await this.#lease.create(LEASE_KEY, value);
    } catch (error) {
      if (this.#gone.size === 0) throw error;
      const entry = await this.#lease.get(LEASE_KEY);
      const holder = entry?.operation === 'PUT' ? decoder.decode(entry.value) : undefined;
      if (entry === null || holder === undefined || !this.#gone.has(holder)) throw error;
      const revision = await this.#lease.update(LEASE_KEY, value, entry.revision);
      this.#log.info({ previous: holder }, 'took over the coordinator lease of a node that is gone');
      return revision;
    }
  }

  /**
   * The nodes that should own shards now. A newcomer must have been heard for the settle time;
   * a current owner need not (a coordinator that just took over has heard it only briefly).
   */
  #eligibleNodes(now: number, owners: ReadonlySet<string>): string[] {
    const nodes = this.#leaving ? [] : [this.#nodeId];
    for (const [node, member] of this.#members) {
      if (node === this.#nodeId) continue;
      if (now - member.lastSeen > this.#deadAfterMs) this.#members.delete(node);
      else if (!member.leaving && (owners.has(node) || now - member.firstSeen >= this.#settleMs)) nodes.push(node);
    }
    return nodes.sort();
  }

  /** True when every owner of the map has been heard from or found gone; probes the others. */
  #knowsEveryOwner(owners: ReadonlySet<string>): boolean {
    let known = true;
    for (const owner of owners) {
      if (owner === this.#nodeId || this.#members.has(owner) || this.#gone.has(owner)) continue;
      known = false;
      this.#check(owner);
    }
    return known;
  }

  async #rebalance(): Promise<void> {
    const now = Date.now();
    const current = this.#directory.current();
    const owners = new Set(current.owners.filter((owner): owner is string => owner !== null));
    // A fresh coordinator first listens, so it does not mistake unheard nodes for dead ones: for
    // the settle time on a new map, else until every owner was heard or found gone (at most the
    // dead-after time).
    const listening = current.revision === 0 ? this.#settleMs : this.#deadAfterMs;
    const fresh = now - this.#startedAt < listening && !this.#leaving;
    if (fresh && (current.revision === 0 || !this.#knowsEveryOwner(owners))) return;
    const nodes = this.#eligibleNodes(now, owners);
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
    for (const subscription of this.#subscriptions) subscription.close();
    this.#subscriptions = [];
  }
}
