/**
 * The resolver as a gateway runs it: whose each query is, the rate limit of that client, the
 * filtering that applies to them, and the resolution. The DNS listeners call `answer`; DnsService
 * reaches the gateway's engine (to offer its lists, and to forget what a change made stale).
 */
import type { DecodedPacket, Packet } from 'dns-packet';
import type { Asker } from '../../dns/asker.js';
import type { Answered } from '../../dns/dns-exchange.js';
import { answer } from '../../dns/dns-message.js';
import type { ListCatalog } from '../../dns/list-catalog.js';
import type { DnsResolver, Resolution } from '../../dns/resolver.js';
import { RateLimiter } from '../../rate-limiter.js';
import type { TlsMaterial } from '../../module.js';
import type { ServiceParts } from '../../services/service-parts.js';
import type { DnsConfig } from './dns-config.js';
import type { DnsMetrics } from './dns-metrics.js';
import { OrgPolicies } from './org-policies.js';
import { LATER } from './later.js';
import { OrgZones } from './org-zones.js';
import { SecurityCheck } from './security-check.js';
import { WhoAsks } from './who-asks.js';
import type { Who } from './who-asks.js';

/** Told of every query answered (for logs and reports). */
export type QueryListener = (who: Who, asker: Asker, query: DecodedPacket, resolution: Resolution) => void;

export class DnsEngine {
  readonly who: WhoAsks;
  readonly policies: OrgPolicies;
  readonly zones: OrgZones;
  readonly check: SecurityCheck;
  /** Per device (wherever it asks from), else per address. */
  readonly #limiter: RateLimiter;
  /** Per member, all their devices together: four devices' worth. */
  readonly #perUser: RateLimiter;
  readonly #listeners: QueryListener[] = [];

  constructor(
    parts: ServiceParts,
    readonly config: DnsConfig,
    readonly catalog: ListCatalog,
    private readonly resolver: DnsResolver,
    certificate: () => TlsMaterial,
    private readonly metrics: DnsMetrics,
  ) {
    this.who = new WhoAsks(parts, config.openNetworks);
    this.policies = new OrgPolicies(parts, catalog);
    this.zones = new OrgZones(parts, this.policies);
    this.check = new SecurityCheck(parts, config, certificate);
    const rate = config.ratePerClient;
    this.#limiter = new RateLimiter({ perSecond: rate, burst: 4 * rate }, 'DNS client');
    this.#perUser = new RateLimiter({ perSecond: 4 * rate, burst: 16 * rate }, 'DNS user');
  }

  #admits(who: Who | undefined, asker: Asker): boolean {
    if (who?.kind !== 'member') return this.#limiter.tryTake(`address\n${asker.address}`);
    return this.#limiter.tryTake(`device\n${who.deviceId}`) && this.#perUser.tryTake(`${who.orgId}\n${who.accountId}`);
  }

  onQuery(listener: QueryListener): void {
    this.#listeners.push(listener);
  }

  readonly answer = (query: DecodedPacket, asker: Asker): Answered | Promise<Answered> => {
    const started = performance.now();
    const done = (resolution: Answered & { decision: Resolution['decision'] }) => {
      this.metrics.answered(asker.transport, resolution.decision, (performance.now() - started) / 1000);
      return resolution;
    };
    const now = this.#answerNow(query, asker);
    return now !== LATER ? done(now) : this.#answer(query, asker).then(done);
  };

  /**
   * The answer when everything it needs is at hand (whose the query is, the org's policy, a
   * blocked name or a cached answer): the hot path, with no promise. LATER otherwise.
   */
  #answerNow(query: DecodedPacket, asker: Asker): Resolution | typeof LATER {
    const who = this.who.known(asker);
    if (who === LATER || this.check.isProbe(query)) return LATER;
    if (who !== undefined && !this.zones.inNoZone(query)) return LATER;
    const policy = who === undefined ? undefined : this.policies.known(who);
    if (policy === LATER) return LATER;
    const local = policy === undefined ? undefined : this.resolver.decideLocally(query, policy);
    if (who !== undefined && local === undefined) return LATER;
    if (!this.#admits(who, asker)) {
      return { reply: answer(query, 'REFUSED'), decision: 'refused' };
    }
    if (who === undefined || local === undefined) return { reply: answer(query, 'REFUSED'), decision: 'refused' };
    for (const listener of this.#listeners) listener(who, asker, query, local);
    return local;
  }

  async #answer(query: DecodedPacket, asker: Asker): Promise<{ reply: Packet; decision: Resolution['decision'] }> {
    const who = await this.who.of(asker);
    // A device is limited wherever it asks from; anything else by its address.
    if (!this.#admits(who, asker)) {
      return { reply: answer(query, 'REFUSED'), decision: 'refused' };
    }
    // A security check's probe is answered to anyone: how it arrives is the check.
    if (this.check.isProbe(query))
      return { reply: await this.check.answer(query, who, asker), decision: 'authoritative' };
    if (who === undefined) return { reply: answer(query, 'REFUSED'), decision: 'refused' };
    const own = await this.zones.answer(query);
    const resolution: Resolution =
      own !== undefined
        ? { reply: own.reply, decision: 'authoritative' }
        : await this.resolver.resolve(query, await this.policies.policyFor(who));
    for (const listener of this.#listeners) listener(who, asker, query, resolution);
    return resolution;
  }
}

/** Each gateway's engine, by the parts its services share (a gateway without DNS ports has none). */
export const runningEngines = new WeakMap<ServiceParts, DnsEngine>();
