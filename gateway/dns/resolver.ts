/**
 * The DNS firewall's decision for one query: refused (ANY), blocked by the lists (NXDOMAIN),
 * the browsers' DoH canary answered NXDOMAIN so they keep using this resolver, or resolved
 * upstream; an upstream answer whose CNAME chain reaches a blocked name is blocked too (a tracker
 * hidden behind a first-party name is still a tracker). Upstream answers are cached for their TTL,
 * and served stale when the upstream cannot answer (dns-cache.ts).
 */
import type { DecodedPacket, Packet } from 'dns-packet';
import type { Blocklist } from './blocklist.js';
import { DnsCache } from './dns-cache.js';
import { answer } from './dns-message.js';
import type { UdpUpstream } from './upstream.js';

/** Firefox asks this name; NXDOMAIN tells it not to switch to its own DoH resolver (RFC 8484 canary). */
const DOH_CANARY = 'use-application-dns.net';

/** How a query was decided, for logs and reports. */
export type Decision = 'refused' | 'blocked' | 'canary' | 'resolved' | 'cached' | 'stale' | 'failed';

export class DnsResolver {
  constructor(
    private readonly lists: () => Blocklist,
    private readonly upstream: Pick<UdpUpstream, 'resolve'>,
    private readonly cache = new DnsCache(),
  ) {}

  async resolve(query: DecodedPacket): Promise<{ reply: Packet; decision: Decision; rule?: string }> {
    const question = query.questions![0]!;
    const name = question.name.toLowerCase().replace(/\.$/, '');
    if (String(question.type) === 'ANY') return { reply: answer(query, 'REFUSED'), decision: 'refused' };
    if (name === DOH_CANARY || name.endsWith(`.${DOH_CANARY}`)) {
      return { reply: answer(query, 'NXDOMAIN'), decision: 'canary' };
    }
    const blocked = this.lists().match(name);
    if (blocked !== undefined) return { reply: answer(query, 'NXDOMAIN'), decision: 'blocked', rule: blocked.rule };
    const cached = this.cache.fresh(question, query.id ?? 0);
    let reply: DecodedPacket;
    let decision: Decision = cached === undefined ? 'resolved' : 'cached';
    if (cached !== undefined) reply = cached;
    else {
      try {
        reply = await this.upstream.resolve({ id: query.id, type: 'query', flags: query.flags, questions: [question] });
        this.cache.store(question, reply);
      } catch {
        // The upstream is down or slow: an expired answer beats none (RFC 8767).
        const stale = this.cache.stale(question, query.id ?? 0);
        if (stale === undefined) return { reply: answer(query, 'SERVFAIL'), decision: 'failed' };
        reply = stale;
        decision = 'stale';
      }
    }
    // Checked on every answer, cached ones too: the lists may have changed since.
    for (const record of reply.answers ?? []) {
      if (record.type !== 'CNAME') continue;
      const cloaked = this.lists().match(String(record.data));
      if (cloaked !== undefined) return { reply: answer(query, 'NXDOMAIN'), decision: 'blocked', rule: cloaked.rule };
    }
    return { reply, decision };
  }
}
