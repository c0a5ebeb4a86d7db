/**
 * Routes a client's asks to each entity's home region by the registry's directory: an org's
 * entities to `org-home/<org>`, an account's to `account-home/<account>`, a session to the region
 * its id names, platform data to the platform's region. Homes are cached (a move is announced and
 * drops the entry), so a call costs a directory lookup only the first time an org or account is
 * met. Another region's shard map is bound on first use and watched like the own one.
 */
import type {
  AnyEntityKind,
  EntityClient,
  EntityHome,
  HomeRouter,
  RegionReach,
  RegionRoute,
  ShardDirectory,
} from '../../actors/index.js';
import { homeOf, isNotFound, UnavailableError, unlessCutOff } from '../../actors/index.js';
import { accountHome, orgHome } from './index.js';

export interface RegistryHomeRouterOptions {
  /** The client's own region. */
  readonly region: string;
  /** The own region's shard map. */
  readonly directory: ShardDirectory;
  /** Where data of no org and no account lives (the email index, the org index). */
  readonly platformRegion: string;
  /** Reaches the registry's directory. */
  readonly registry: EntityClient;
  /** The registry's own region name, probed when a lookup is slow. */
  readonly registryRegion: string;
  readonly reach: RegionReach;
  /** Binds another region's shard map (never creates one). */
  openDirectory(region: string): Promise<ShardDirectory>;
  /**
   * How long a home found stays cached without an announcement of its move.
   * @default 600000
   */
  readonly homeTtlMs?: number;
}

/** A lookup still unanswered after this long makes the router probe the registry's region. */
const PROBE_REGISTRY_AFTER_MS = 300;
const LOOKUP_TIMEOUT_MS = 5000;
const MAX_CACHED_HOMES = 100_000;

export class RegistryHomeRouter implements HomeRouter {
  readonly #options: RegistryHomeRouterOptions;
  readonly #own: RegionRoute;
  readonly #homeTtlMs: number;
  readonly #homes = new Map<string, { readonly region: string; readonly until: number }>();
  readonly #lookups = new Map<string, Promise<string>>();
  readonly #directories = new Map<string, Promise<ShardDirectory>>();

  constructor(options: RegistryHomeRouterOptions) {
    this.#options = options;
    this.#own = { region: options.region, directory: options.directory };
    this.#homeTtlMs = options.homeTtlMs ?? 600_000;
  }

  async route(kind: AnyEntityKind, id: string): Promise<RegionRoute> {
    const region = await this.#regionOf(homeOf(kind, id));
    if (region === this.#own.region) return this.#own;
    return { region, directory: await this.#directory(region) };
  }

  reachable(region: string): Promise<void> {
    return this.#options.reach.check(region);
  }

  /** Drops what is cached of an org's or account's home (it moved). */
  forget(what: 'org' | 'account', id: string): void {
    this.#homes.delete(`${what}/${id}`);
  }

  moved(kind: AnyEntityKind, id: string): void {
    const home = homeOf(kind, id);
    if ('org' in home) this.forget('org', home.org);
    else if ('account' in home) this.forget('account', home.account);
  }

  /** Stops watching other regions' shard maps. */
  async close(): Promise<void> {
    const opened = [...this.#directories.values()];
    this.#directories.clear();
    await Promise.all(opened.map(async (directory) => (await directory.catch(() => undefined))?.close()));
  }

  #regionOf(home: EntityHome): string | Promise<string> {
    if ('region' in home) return home.region;
    if ('platform' in home) return this.#options.platformRegion;
    const [what, id] = 'org' in home ? (['org', home.org] as const) : (['account', home.account] as const);
    const key = `${what}/${id}`;
    const cached = this.#homes.get(key);
    if (cached !== undefined && Date.now() < cached.until) return cached.region;
    let lookup = this.#lookups.get(key);
    if (lookup === undefined) {
      lookup = this.#lookUp(what, id, key).finally(() => this.#lookups.delete(key));
      this.#lookups.set(key, lookup);
    }
    return lookup;
  }

  async #lookUp(what: 'org' | 'account', id: string, key: string): Promise<string> {
    const kind = what === 'org' ? orgHome : accountHome;
    const asked = this.#options.registry.ask(kind, id, { type: 'lookup' }, { timeoutMs: LOOKUP_TIMEOUT_MS });
    const { reach, registryRegion } = this.#options;
    let region: string;
    try {
      region = (await unlessCutOff(asked, () => reach.check(registryRegion), PROBE_REGISTRY_AFTER_MS)).region;
    } catch (error) {
      // Not in the directory: an org or account made before homes were kept (served where asked),
      // or one about to be made: not cached, so its home is seen as soon as it is assigned.
      if (!isNotFound(error)) throw error;
      return this.#own.region;
    }
    if (this.#homes.size >= MAX_CACHED_HOMES) this.#homes.clear();
    this.#homes.set(key, { region, until: Date.now() + this.#homeTtlMs });
    return region;
  }

  #directory(region: string): Promise<ShardDirectory> {
    let directory = this.#directories.get(region);
    if (directory === undefined) {
      directory = this.#options.openDirectory(region).catch(async (error: unknown) => {
        this.#directories.delete(region);
        // Cut off before its map was ever seen: say so rather than how the binding failed.
        await this.reachable(region);
        throw new UnavailableError(`region ${region} has no shard map to route to: are its nodes running?`, {
          cause: error,
        });
      });
      this.#directories.set(region, directory);
    }
    return directory;
  }
}
