/**
 * How an entity client finds the region an entity lives in. Each org and each account has a home
 * region (kept by the registry's directory); its entities activate only there, and a client in
 * another region sends its asks there over the NATS super cluster instead of copying any data.
 */
import type { AnyEntityKind } from '../entity-kind.js';
import type { ShardDirectory } from './shard-directory.js';

/** Where to send an ask: the entity's home region and that region's shard map. */
export interface RegionRoute {
  readonly region: string;
  readonly directory: ShardDirectory;
}

export interface HomeRouter {
  /**
   * The route to an entity's home region.
   * @throws RegionUnreachableError (`UNAVAILABLE`, reason `REGION_UNREACHABLE`) when the home is
   *   another region that cannot be reached and whose shard map was never seen
   */
  route(kind: AnyEntityKind, id: string): Promise<RegionRoute>;
  /**
   * Settles when `region` answers a probe.
   * @throws RegionUnreachableError when it does not, within a fraction of a second
   */
  reachable(region: string): Promise<void>;
  /** The entity answered that it moved away: forget where its home was thought to be. */
  moved(kind: AnyEntityKind, id: string): void;
}
