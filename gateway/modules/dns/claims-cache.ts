/**
 * A platform index of org claims (networks, zones) as a gateway keeps it: read at most every few
 * seconds, by one read at a time, the last known list kept while the index is out of reach.
 */
import type { EntityKind } from '../../../actors/index.js';
import type { ClaimsCommand, ClaimsEvent, ClaimsState, OrgClaims } from '../../../domain/dns/org-claims.js';
import { NETWORK_INDEX_ID } from '../../../domain/dns/index.js';
import type { ServiceParts } from '../../services/service-parts.js';

const TTL_MS = 15_000;
const READ_TIMEOUT_MS = 2_000;

export class ClaimsCache<T> {
  #current: {
    readonly orgs: readonly { readonly orgId: string; readonly items: readonly T[] }[];
    readonly until: number;
  } = {
    orgs: [],
    until: 0,
  };
  #reading: Promise<void> | undefined;
  /** Bumped on each read: caches built on the list know when to drop what they hold. */
  generation = 0;

  constructor(
    private readonly parts: ServiceParts,
    private readonly index: EntityKind<ClaimsState, ClaimsCommand, ClaimsEvent, unknown>,
    private readonly parse: (item: string) => T | undefined,
  ) {}

  /** Each org's items, read again when older than a few seconds. */
  async orgs(): Promise<readonly { readonly orgId: string; readonly items: readonly T[] }[]> {
    if (this.#current.until <= Date.now()) {
      this.#reading ??= this.#read().finally(() => (this.#reading = undefined));
      await this.#reading;
    }
    return this.#current.orgs;
  }

  /** Each org's items when they are fresh, without waiting; undefined when they must be read. */
  fresh(): readonly { readonly orgId: string; readonly items: readonly T[] }[] | undefined {
    return this.#current.until > Date.now() ? this.#current.orgs : undefined;
  }

  /** Reads the index again on the next use (changed through this gateway). */
  forget(): void {
    this.#current = { orgs: this.#current.orgs, until: 0 };
  }

  async #read(): Promise<void> {
    try {
      const { orgs } = (await this.parts.client.ask(
        this.index,
        NETWORK_INDEX_ID,
        { type: 'list' },
        { timeoutMs: READ_TIMEOUT_MS },
      )) as {
        orgs: readonly OrgClaims[];
      };
      this.#current = {
        orgs: orgs.map(({ orgId, items }) => ({ orgId, items: items.flatMap((item) => this.parse(item) ?? []) })),
        until: Date.now() + TTL_MS,
      };
    } catch {
      // Unreachable: the list known last stays, and is asked for again soon.
      this.#current = { orgs: this.#current.orgs, until: Date.now() + TTL_MS / 3 };
    }
    this.generation++;
  }
}
