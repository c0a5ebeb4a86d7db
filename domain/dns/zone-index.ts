/**
 * The zone index: `dns-zones/all`, platform data, says which org answers for each zone, so that a
 * resolver knows whose records to serve. A zone equal to, above or below another org's is refused.
 */
import { defineOrgClaims } from './org-claims.js';
import { MAX_ZONES } from './protocol.js';
import { inZone, parseZone } from './zone-fields.js';

export const dnsZones = defineOrgClaims({
  kind: 'dns-zones',
  maxItems: MAX_ZONES,
  parseItem: (zone) => parseZone(zone, 'items'),
  overlaps: (a, b) => inZone(a, b) || inZone(b, a),
  taken: 'ZONE_TAKEN',
});
