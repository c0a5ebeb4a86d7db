/**
 * A platform index of org claims (networks, zones) as a gateway keeps it: read again every few
 * seconds in the background while queries go on with the list they have (a slow read never holds
 * a query up), the last known list kept while the index is out of reach. Only the first read, and
 * the one after a change made through this gateway, are waited for.
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
  /** Whether the list has been read (and not forgotten since). */
  #known = false;
  /** Bumped on each read: caches built on the list know when to drop what they hold. */
  generation = 0;

  constructor(
    private readonly parts: ServiceParts,
    private readonly index: EntityKind<ClaimsState, ClaimsCommand, ClaimsEvent, unknown>,
    private readonly parse: (item: string) => T | undefined,
  ) {}

  /** Each org's items; waits only when there are none yet (or they were forgotten). */
  async orgs(): Promise<readonly { readonly orgId: string; readonly items: readonly T[] }[]> {
    const known = this.fresh();
    if (known !== undefined) return known;
    await this.#refresh();
    return this.#current.orgs;
  }

  /** Each org's items without waiting (a refresh started when they are old); undefined when they must be read. */
  fresh(): readonly { readonly orgId: string; readonly items: readonly T[] }[] | undefined {
    if (!this.#known) return undefined;
    if (this.#current.until <= Date.now()) void this.#refresh();
    return this.#current.orgs;
  }

  /** Reads the index again, and waits for it on the next use (changed through this gateway). */
  forget(): void {
    this.#known = false;
  }

  #refresh(): Promise<void> {
    return (this.#reading ??= this.#read().finally(() => (this.#reading = undefined)));
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
      this.#known = true;
    } catch {
      // Unreachable: the list known last stays, and is asked for again soon.
      this.#current = { orgs: this.#current.orgs, until: Date.now() + TTL_MS / 3 };
    }
    this.generation++;
  }
}
