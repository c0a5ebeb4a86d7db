/**
 * The orgs' own zones, answered with authority before any list or upstream is asked: the zone
 * index says which org answers for a name, that org's settings hold the records. A name in a zone
 * whose records cannot be read is answered SERVFAIL, never sent upstream (an internal name must
 * not leak to the internet's resolvers).
 */
import { createHash } from 'node:crypto';
import type { DecodedPacket, Packet } from 'dns-packet';
import { dnsZones, inZone } from '../../../domain/dns/index.js';
import { answer, comparableName } from '../../dns/dns-message.js';
import { zoneAnswer } from '../../dns/zone-answer.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { ClaimsCache } from './claims-cache.js';
import type { OrgPolicies } from './org-policies.js';

export class OrgZones {
  readonly index: ClaimsCache<string>;

  constructor(
    parts: ServiceParts,
    private readonly settings: OrgPolicies,
  ) {
    this.index = new ClaimsCache(parts, dnsZones, (zone) => zone);
  }

  /** Whether the name is in no org's zone, known without reading an entity: LATER when it is (or unknown). */
  inNoZone(query: DecodedPacket): boolean {
    const orgs = this.index.fresh();
    if (orgs === undefined) return false;
    const name = comparableName(query.questions![0]!.name);
    return !orgs.some(({ items }) => items.some((zone) => inZone(name, zone)));
  }

  /** The authoritative answer when the name is in an org's zone, with that org; else undefined. */
  async answer(query: DecodedPacket): Promise<{ readonly reply: Packet; readonly orgId: string } | undefined> {
    const name = comparableName(query.questions![0]!.name);
    let found: { orgId: string; zone: string } | undefined;
    for (const { orgId, items } of await this.index.orgs()) {
      for (const zone of items)
        if (inZone(name, zone) && zone.length > (found?.zone.length ?? 0)) found = { orgId, zone };
    }
    if (found === undefined) return undefined;
    const records = (await this.settings.settingsOf(found.orgId))?.zones[found.zone];
    if (records === undefined) return { reply: answer(query, 'SERVFAIL'), orgId: found.orgId };
    return { reply: zoneAnswer(query, found.zone, records, serialOf(records)), orgId: found.orgId };
  }
}

/** A serial that changes with the records (32 bits of their digest). */
function serialOf(records: readonly unknown[]): number {
  return createHash('sha256').update(JSON.stringify(records)).digest().readUInt32BE(0);
}
