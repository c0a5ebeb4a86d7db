/**
 * Whose a DNS query is. A device token (DoH path, DoT server name) names the member and device,
 * through the device index (keyed by the token's pepper hash, never the token); without one, the
 * address says: an org's network, or a network the operator serves openly. Anything else is
 * nobody's: refused over plain DNS (no open resolver to amplify attacks), served by the public
 * policy over DoH and DoT, where the "are you secure?" check needs it.
 */
import { isNotFound } from '../../../actors/index.js';
import { contains, dnsDevice, dnsNetworks, NETWORK_INDEX_ID, parseCidr } from '../../../domain/dns/index.js';
import type { DeviceOwner, Network, OrgNetworks } from '../../../domain/dns/index.js';
import type { Asker } from '../../dns/asker.js';
import type { ServiceParts } from '../../services/service-parts.js';

export type Who =
  | ({ readonly kind: 'member' } & DeviceOwner)
  | { readonly kind: 'network'; readonly orgId: string }
  | { readonly kind: 'public' };

/** An address of an open network (no org id has this form). */
const OPEN = '\nopen';
const PUBLIC: Who = { kind: 'public' };

/** The pepper purpose of device tokens: a token's id in the device index. */
export const DEVICE_TOKEN_PURPOSE = 'dns-device';
const TOKEN_TTL_MS = 60_000;
const UNKNOWN_TOKEN_TTL_MS = 10_000;
const NETWORKS_TTL_MS = 15_000;
const READ_TIMEOUT_MS = 2_000;
const MAX_CACHED = 100_000;

export class WhoAsks {
  /** By the token's keyed id: the tokens themselves are not kept. */
  readonly #tokens = new Map<string, { owner: DeviceOwner | undefined; until: number }>();
  /** Address → its org, OPEN, or null (nobody's); cleared whenever the network index is read. */
  readonly #addresses = new Map<string, string | null>();
  #networks: { orgs: readonly { orgId: string; networks: Network[] }[]; until: number } = { orgs: [], until: 0 };
  #networksRead: Promise<void> | undefined;

  constructor(
    private readonly parts: ServiceParts,
    private readonly open: readonly Network[],
  ) {}

  /** Whose the query is; undefined: nobody's (refuse it over plain DNS). */
  async of(asker: Asker): Promise<Who | undefined> {
    if (asker.token !== undefined) {
      const owner = await this.#owner(asker.token);
      if (owner !== undefined) return { kind: 'member', ...owner };
    }
    const owner = await this.#ownerOfAddress(asker.address);
    if (owner === OPEN) return PUBLIC;
    if (owner !== undefined) return { kind: 'network', orgId: owner };
    return asker.transport === 'dot' || asker.transport === 'doh' ? PUBLIC : undefined;
  }

  /** Forgets a token by its keyed id (revoked through this gateway). */
  forgetTokenId(tokenId: string): void {
    this.#tokens.delete(tokenId);
  }

  /** Reads the network index again on the next query (changed through this gateway). */
  forgetNetworks(): void {
    this.#networks = { orgs: this.#networks.orgs, until: 0 };
  }

  async #owner(token: string): Promise<DeviceOwner | undefined> {
    const tokenId = this.parts.pepper(DEVICE_TOKEN_PURPOSE, token);
    const cached = this.#tokens.get(tokenId);
    if (cached !== undefined && cached.until > Date.now()) return cached.owner;
    let owner: DeviceOwner | undefined;
    try {
      owner = (await this.parts.client.ask(
        dnsDevice,
        tokenId,
        { type: 'lookup' },
        { timeoutMs: READ_TIMEOUT_MS },
      )) as DeviceOwner;
    } catch (error) {
      if (!isNotFound(error)) return cached?.owner;
    }
    if (this.#tokens.size >= MAX_CACHED) this.#tokens.clear();
    this.#tokens.set(tokenId, {
      owner,
      until: Date.now() + (owner === undefined ? UNKNOWN_TOKEN_TTL_MS : TOKEN_TTL_MS),
    });
    return owner;
  }

  /** The org whose network the address is in, else OPEN for an open network, else undefined. */
  async #ownerOfAddress(address: string): Promise<string | undefined> {
    if (this.#networks.until <= Date.now()) {
      this.#networksRead ??= this.#readNetworks().finally(() => (this.#networksRead = undefined));
      await this.#networksRead;
    }
    const cached = this.#addresses.get(address);
    if (cached !== undefined) return cached ?? undefined;
    const org = this.#networks.orgs.find(({ networks }) => networks.some((network) => contains(network, address)));
    const owner = org?.orgId ?? (this.open.some((network) => contains(network, address)) ? OPEN : undefined);
    if (this.#addresses.size >= MAX_CACHED) this.#addresses.clear();
    this.#addresses.set(address, owner ?? null);
    return owner;
  }

  async #readNetworks(): Promise<void> {
    try {
      const { orgs } = (await this.parts.client.ask(
        dnsNetworks,
        NETWORK_INDEX_ID,
        { type: 'list' },
        { timeoutMs: READ_TIMEOUT_MS },
      )) as {
        orgs: readonly OrgNetworks[];
      };
      this.#networks = {
        orgs: orgs.map(({ orgId, networks }) => ({
          orgId,
          networks: networks.flatMap((cidr) => {
            const network = parseCidr(cidr);
            return typeof network === 'string' ? [] : [network];
          }),
        })),
        until: Date.now() + NETWORKS_TTL_MS,
      };
    } catch {
      // Unreachable: the networks known last stay, and are asked for again soon.
      this.#networks = { orgs: this.#networks.orgs, until: Date.now() + NETWORKS_TTL_MS / 3 };
    }
    this.#addresses.clear();
  }
}
