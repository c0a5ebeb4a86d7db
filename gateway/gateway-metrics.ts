import type { Registry } from 'prom-client';

/**
 * What the gateway reports about its calls, for a metrics registry that the node owns: the
 * gateway only calls this interface (nodes/ implements it with prom-client), so the edge does
 * not depend on how figures are exported.
 */

/** Receives one report per unary call that went through the pipeline. */
export interface GatewayMetrics {
  /** The node's registry, where modules register figures of their own (the DNS resolver's). */
  readonly registry?: Registry;
  /**
   * A call was answered.
   * @param method - the full gRPC path, e.g. `/redoubt.v1.OrgService/GetOrg`
   * @param code - the gRPC status name sent, e.g. `OK`, `PERMISSION_DENIED`
   * @param seconds - time from the call's arrival to its answer
   */
  callDone(method: string, code: string, seconds: number): void;
  /**
   * A call was refused (by a rate limit, authn, authz, validation, or an entity's failure); it
   * is also reported by {@link GatewayMetrics.callDone}.
   * @param reason - a bounded label from {@link refusalReason}, never request data
   */
  callRefused(method: string, reason: string): void;
}

/** Reports that go nowhere: the gateway's default when no metrics are given. */
export const NO_GATEWAY_METRICS: GatewayMetrics = {
  callDone: () => undefined,
  callRefused: () => undefined,
};
