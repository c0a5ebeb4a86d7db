/**
 * The network index: `dns-networks/all`, platform data, says which org each network belongs to, so
 * that a plain DNS query (no token) is known to be an org's by the address it came from. Two orgs
 * cannot claim overlapping networks.
 */
import { InvalidCommandError } from '../../actors/index.js';
import { overlaps, parseCidr } from './cidr.js';
import type { Network } from './cidr.js';
import { defineOrgClaims } from './org-claims.js';
import { MAX_NETWORKS } from './protocol.js';

/** The id of the one network index (and of the zone index). */
export const NETWORK_INDEX_ID = 'all';

export const dnsNetworks = defineOrgClaims({
  kind: 'dns-networks',
  maxItems: MAX_NETWORKS,
  parseItem: (cidr) => networkOf(cidr).cidr,
  overlaps: (a, b) => overlaps(networkOf(a), networkOf(b)),
  taken: 'NETWORK_TAKEN',
});

function networkOf(cidr: unknown): Network {
  const network = typeof cidr === 'string' && cidr.length <= 64 ? parseCidr(cidr) : 'a network is a CIDR string';
  if (typeof network === 'string') throw new InvalidCommandError(`items: ${network}`, { field: 'items' });
  return network;
}
