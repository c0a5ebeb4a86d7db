/**
 * The network index: `dns-networks/all`, platform data, says which org each network belongs to, so
 * that a plain DNS query (no token) is known to be an org's by the address it came from. Two orgs
 * cannot claim overlapping networks.
 */
import {
  ANY_ORIGIN,
  CommandRejectedError,
  defineEntity,
  fieldsOf,
  InvalidCommandError,
  parseOrgId,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision } from '../../actors/index.js';
import { overlaps, parseCidr } from './cidr.js';
import type { Network } from './cidr.js';
import { MAX_NETWORKS } from './protocol.js';

/** The id of the one network index. */
export const NETWORK_INDEX_ID = 'all';
/** Most orgs with networks. */
export const MAX_NETWORK_ORGS = 10_000;

type NetworkIndexCommand =
  /** The org's networks, replacing what it had; none takes it out. */
  { readonly type: 'set'; readonly orgId: string; readonly networks: readonly string[] } | { readonly type: 'list' };

type NetworkIndexEvent = { readonly type: 'set'; readonly orgId: string; readonly networks: readonly string[] };

export interface OrgNetworks {
  readonly orgId: string;
  readonly networks: readonly string[];
}

interface NetworkIndexState {
  readonly orgs: Readonly<Record<string, readonly string[]>>;
}

function parse(payload: unknown): NetworkIndexCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'set': {
      const listed = fields['networks'];
      if (!Array.isArray(listed) || listed.length > MAX_NETWORKS) {
        throw new InvalidCommandError(`networks must be a list of at most ${MAX_NETWORKS} CIDRs`, {
          field: 'networks',
        });
      }
      return {
        type: 'set',
        orgId: parseOrgId(fields['orgId']),
        networks: listed.map((cidr) => networkOf(cidr).cidr),
      };
    }
    case 'list':
      return { type: 'list' };
    default:
      throw unknownCommand('dns-networks', fields);
  }
}

function networkOf(cidr: unknown): Network {
  const network = typeof cidr === 'string' && cidr.length <= 64 ? parseCidr(cidr) : 'a network is a CIDR string';
  if (typeof network === 'string') throw new InvalidCommandError(`networks: ${network}`, { field: 'networks' });
  return network;
}

function decide(
  state: NetworkIndexState,
  command: NetworkIndexCommand,
): Decision<NetworkIndexEvent, { ok: true } | { orgs: readonly OrgNetworks[] }> {
  if (command.type === 'list') {
    return {
      events: [],
      reply: { orgs: Object.entries(state.orgs).map(([orgId, networks]) => ({ orgId, networks })) },
    };
  }
  const { orgId, networks } = command;
  if (JSON.stringify(state.orgs[orgId] ?? []) === JSON.stringify(networks)) return { events: [], reply: { ok: true } };
  if (state.orgs[orgId] === undefined && Object.keys(state.orgs).length >= MAX_NETWORK_ORGS) {
    throw new CommandRejectedError('TOO_MANY_ORGS', `at most ${MAX_NETWORK_ORGS} orgs have networks`);
  }
  const wanted = networks.map(networkOf);
  for (const [other, theirs] of Object.entries(state.orgs)) {
    if (other === orgId) continue;
    for (const network of theirs.map(networkOf)) {
      const clash = wanted.find((mine) => overlaps(mine, network));
      // The other org is not named: which orgs use which networks is not for every admin to learn.
      if (clash !== undefined) {
        throw new CommandRejectedError('NETWORK_TAKEN', `${clash.cidr} overlaps a network of another org`);
      }
    }
  }
  return { events: [{ type: 'set', orgId, networks }], reply: { ok: true } };
}

function evolve(state: NetworkIndexState, event: NetworkIndexEvent): NetworkIndexState {
  const { [event.orgId]: _previous, ...others } = state.orgs;
  return { orgs: event.networks.length === 0 ? others : { ...others, [event.orgId]: event.networks } };
}

export const dnsNetworks = defineEntity({
  kind: 'dns-networks',
  commands: { set: ANY_ORIGIN, list: ANY_ORIGIN },
  parseCommand: parse,
  initialState: (): NetworkIndexState => ({ orgs: {} }),
  decide,
  evolve,
  snapshotEvery: 100,
});
