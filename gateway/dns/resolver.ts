/**
 * The DNS firewall's decision for one query under the asker's policy: refused (ANY), the
 * browsers' DoH canary and the public DoH resolvers answered NXDOMAIN so they keep using this
 * resolver, blocked by one of the
 * policy's lists (NXDOMAIN), or resolved upstream; an upstream answer whose CNAME chain (or an
 * HTTPS/SVCB record's target) reaches a blocked name is blocked too: a tracker hidden behind a
 * first-party name is still a tracker. Upstream answers are cached for their TTL and served stale
 * when the upstream cannot answer (dns-cache.ts); the policy is applied to cached answers too.
 */
import type { DecodedPacket, Packet } from 'dns-packet';
import type { Blocklist } from './blocklist.js';
import { DnsCache } from './dns-cache.js';
import { DOH_BYPASS } from './doh-bypass.js';
import { answer, comparableName } from './dns-message.js';
import { upstreamQuery } from './upstream.js';
import type { Upstream } from './upstream.js';
import type { WireAnswer } from './wire-answer.js';

/** How long a client waits for the upstream when an expired answer could be served (RFC 8767). */
const STALE_AFTER_MS = 1800;

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}

/** Firefox asks this name; NXDOMAIN tells it not to switch to its own DoH resolver (RFC 8484 canary). */
const DOH_CANARY = 'use-application-dns.net';

/** What a list blocks, for reports. */
export type ListCategory = 'tracker' | 'ads' | 'malware' | 'other';
export const LIST_CATEGORIES: readonly ListCategory[] = ['tracker', 'ads', 'malware', 'other'];

/** A list by the name the operator gave it, and what it blocks. */
export interface NamedList {
  readonly name: string;
  readonly category: ListCategory;
  readonly list: Blocklist;
}

/** What applies to one query: the lists that block (in order), and names allowed whatever they say. */
export interface DnsPolicy {
  readonly lists: readonly NamedList[];
  readonly allow?: readonly Blocklist[];
}

/** How a query was decided, for logs and reports. */
export type Decision = 'refused' | 'blocked' | 'canary' | 'authoritative' | 'resolved' | 'cached' | 'stale' | 'failed';

export interface Resolution {
  readonly reply: Packet;
  /** The reply in wire form, when one is at hand (a cached answer): served by copying it. */
  readonly wire?: WireAnswer;
  readonly decision: Decision;
  /** For a blocked query: the rule that matched, and its list. */
  readonly blockedBy?: { readonly rule: string; readonly list: string; readonly category: ListCategory };
}

export class DnsResolver {
  constructor(
    private readonly upstream: Pick<Upstream, 'resolve'>,
    private readonly cache = new DnsCache(),
  ) {}

  /** The decision when it needs no upstream (refused, blocked, a fresh cached answer); else undefined. */
  decideLocally(query: DecodedPacket, policy: DnsPolicy): Resolution | undefined {
    const question = query.questions![0]!;
    const name = comparableName(question.name);
    if (String(question.type) === 'ANY') return { reply: answer(query, 'REFUSED'), decision: 'refused' };
    if (name === DOH_CANARY || name.endsWith(`.${DOH_CANARY}`)) {
      return { reply: answer(query, 'NXDOMAIN'), decision: 'canary' };
    }
    const blocked = bypassOf(name, policy) ?? blockedBy(name, policy);
    if (blocked !== undefined) return { reply: answer(query, 'NXDOMAIN'), decision: 'blocked', blockedBy: blocked };
    const cached = this.cache.freshAnswer(question);
    return cached === undefined ? undefined : this.#checked(query, cached.reply, policy, 'cached', cached.wire);
  }

  async resolve(query: DecodedPacket, policy: DnsPolicy): Promise<Resolution> {
    const local = this.decideLocally(query, policy);
    if (local !== undefined) return local;
    const question = query.questions![0]!;
    const asked = this.upstream.resolve(upstreamQuery(query.id ?? 0, question, query.flag_rd ?? true)).then((fresh) => {
      this.cache.store(question, fresh);
      return fresh;
    });
    // With an expired answer at hand, the client waits 1.8 s at most (RFC 8767's client response
    // timer); the upstream's answer still refreshes the cache when it comes.
    const stale = this.cache.stale(question, query.id ?? 0);
    const got = await (stale === undefined ? asked : Promise.race([asked, delay(STALE_AFTER_MS)])).catch(
      () => undefined,
    );
    if (got !== undefined) return this.#checked(query, got, policy, 'resolved');
    asked.catch(() => undefined);
    const served = this.cache.stale(question, query.id ?? 0);
    if (served === undefined) return { reply: answer(query, 'SERVFAIL'), decision: 'failed' };
    return this.#checked(query, served, policy, 'stale');
  }

  /** The answer, unless a name it points at is blocked (checked on cached answers too: lists change). */
  #checked(
    query: DecodedPacket,
    reply: DecodedPacket,
    policy: DnsPolicy,
    decision: Decision,
    wire?: WireAnswer,
  ): Resolution {
    for (const target of targetsOf(reply)) {
      const cloaked = blockedBy(target, policy);
      if (cloaked !== undefined) return { reply: answer(query, 'NXDOMAIN'), decision: 'blocked', blockedBy: cloaked };
    }
    const id = query.id ?? 0;
    return wire === undefined
      ? { reply: { ...reply, id, additionals: [] }, decision }
      : new WireResolution(reply, id, wire, decision);
  }
}

/** A resolution served from its wire form: the packet is made only if something reads it (DoH's max-age). */
class WireResolution implements Resolution {
  constructor(
    readonly packet: DecodedPacket,
    readonly id: number,
    readonly wire: WireAnswer,
    readonly decision: Decision,
  ) {}

  get reply(): Packet {
    return { ...this.packet, id: this.id, additionals: [] };
  }
}

/** A public DoH/DoT resolver's name (browsers would go around this one), unless the policy allows it. */
function bypassOf(name: string, policy: DnsPolicy): Resolution['blockedBy'] {
  const match = DOH_BYPASS.list.match(name);
  if (match === undefined || policy.allow?.some((allowed) => allowed.allows(name)) === true) return undefined;
  return { rule: match.rule, list: DOH_BYPASS.name, category: DOH_BYPASS.category };
}

/** The first list of the policy that blocks `name`, unless the policy allows it. */
export function blockedBy(name: string, policy: DnsPolicy): Resolution['blockedBy'] {
  if (policy.lists.length === 0 || policy.allow?.some((allowed) => allowed.allows(name)) === true) return undefined;
  for (const { name: list, category, list: rules } of policy.lists) {
    const match = rules.match(name);
    if (match !== undefined) return { rule: match.rule, list, category };
  }
  return undefined;
}

/** SVCB and HTTPS records (RFC 9460), which dns-packet leaves undecoded. */
const SERVICE_BINDINGS = new Set(['UNKNOWN_64', 'UNKNOWN_65']);

/**
 * The TargetName of an SVCB or HTTPS record's data: after the 2-byte priority, a name that is
 * never compressed; '' for the root ("the owner itself"); undefined when the data is cut short.
 */
export function serviceTarget(data: Buffer): string | undefined {
  const labels: string[] = [];
  let at = 2;
  while (at < data.length) {
    const length = data[at]!;
    if (length === 0) return labels.join('.').toLowerCase();
    if (length > 63 || at + 1 + length > data.length) return undefined;
    labels.push(data.toString('latin1', at + 1, at + 1 + length));
    at += 1 + length;
  }
  return undefined;
}

/** The names an answer points at: CNAME targets, and the targets of HTTPS and SVCB records. */
function targetsOf(reply: DecodedPacket): string[] {
  const targets: string[] = [];
  for (const record of reply.answers ?? []) {
    if (!('data' in record)) continue;
    if (record.type === 'CNAME' || record.type === 'DNAME') {
      targets.push(comparableName(String(record.data)));
    } else if (SERVICE_BINDINGS.has(record.type as string) && Buffer.isBuffer(record.data)) {
      const target = serviceTarget(record.data);
      if (target !== undefined && target !== '') targets.push(target);
    }
  }
  return targets;
}
