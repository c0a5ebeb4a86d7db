/**
 * Whose a DNS query is. A device token (DoH path, DoT server name) names the member and device,
 * through the device index (keyed by the token's pepper hash, never the token); without one, the
 * address says: an org's network, or a network the operator serves openly. Anything else is
 * nobody's: refused over plain DNS (no open resolver to amplify attacks), served by the public
 * policy over DoH and DoT, where the "are you secure?" check needs it.
 */
import { isNotFound } from '../../../actors/index.js';
import { contains, dnsDevice, dnsNetworks, parseCidr } from '../../../domain/dns/index.js';
import type { DeviceOwner, Network } from '../../../domain/dns/index.js';
import type { Asker } from '../../dns/asker.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { ClaimsCache } from './claims-cache.js';
import { LATER } from './later.js';

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
const READ_TIMEOUT_MS = 2_000;
const MAX_CACHED = 100_000;

export class WhoAsks {
  /** By the token's keyed id: the tokens themselves are not kept. */
  readonly #tokens = new Map<string, { owner: DeviceOwner | undefined; until: number }>();
  readonly #lookups = new Map<string, Promise<DeviceOwner | undefined>>();
  /** Address → its org, OPEN, or null (nobody's); cleared whenever the network index is read. */
  readonly #addresses = new Map<string, string | null>();
  readonly networks: ClaimsCache<Network>;
  #generation = -1;

  constructor(
    private readonly parts: ServiceParts,
    private readonly open: readonly Network[],
  ) {
    this.networks = new ClaimsCache(parts, dnsNetworks, (cidr) => {
      const network = parseCidr(cidr);
      return typeof network === 'string' ? undefined : network;
    });
  }

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

  /**
   * Whose the query is when that is known without reading an entity (the token and the address
   * seen recently), else LATER: ask {@link of}.
   */
  known(asker: Asker): Who | undefined | typeof LATER {
    if (asker.token !== undefined) {
      const cached = this.#tokenOwner(this.parts.pepper(DEVICE_TOKEN_PURPOSE, asker.token));
      if (cached === undefined) return LATER;
      if (cached.owner !== undefined) return { kind: 'member', ...cached.owner };
    }
    if (this.networks.fresh() === undefined || this.#generation !== this.networks.generation) return LATER;
    const owner = this.#addresses.get(asker.address);
    if (owner === undefined) return LATER;
    if (owner === OPEN) return PUBLIC;
    if (owner !== null) return { kind: 'network', orgId: owner };
    return asker.transport === 'dot' || asker.transport === 'doh' ? PUBLIC : undefined;
  }

  /** Forgets a token by its keyed id (revoked through this gateway). */
  forgetTokenId(tokenId: string): void {
    this.#tokens.delete(tokenId);
  }

  /** A token's owner: a known one serves on while it is looked up again in the background. */
  async #owner(token: string): Promise<DeviceOwner | undefined> {
    const tokenId = this.parts.pepper(DEVICE_TOKEN_PURPOSE, token);
    const cached = this.#tokenOwner(tokenId);
    return cached !== undefined ? cached.owner : this.#lookUp(tokenId, undefined);
  }

  /** The cached owner of a token (a lookup started when it is old); undefined when never looked up. */
  #tokenOwner(tokenId: string): { owner: DeviceOwner | undefined } | undefined {
    const cached = this.#tokens.get(tokenId);
    if (cached !== undefined && cached.until <= Date.now() && !this.#lookups.has(tokenId)) {
      const lookup = this.#lookUp(tokenId, cached).finally(() => this.#lookups.delete(tokenId));
      this.#lookups.set(tokenId, lookup);
    }
    return cached;
  }

  async #lookUp(
    tokenId: string,
    cached: { owner: DeviceOwner | undefined } | undefined,
  ): Promise<DeviceOwner | undefined> {
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
    const orgs = await this.networks.orgs();
    if (this.#generation !== this.networks.generation) {
      this.#generation = this.networks.generation;
      this.#addresses.clear();
    }
    const cached = this.#addresses.get(address);
    if (cached !== undefined) return cached ?? undefined;
    const org = orgs.find(({ items }) => items.some((network) => contains(network, address)));
    const owner = org?.orgId ?? (this.open.some((network) => contains(network, address)) ? OPEN : undefined);
    if (this.#addresses.size >= MAX_CACHED) this.#addresses.clear();
    this.#addresses.set(address, owner ?? null);
    return owner;
  }
}
