/** What the simulator's measured phases drive: a {@link SimCluster}, or one standalone node. */
import type { GatewayEndpoint } from './sim-cluster.js';

export interface SimTarget {
  /** The regions orgs can be homed in. */
  readonly spec: { readonly regions: readonly string[] };
  /** The CA bundle (PEM) the gateways' certificates chain to. */
  readonly ca: string;
  /** Every gateway, in region order. */
  gateways(region?: string): GatewayEndpoint[];
}
