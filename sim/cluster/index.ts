/** Launchers of real local clusters: nats-server processes and `redoubt node` processes. */
export { NatsCluster, NatsServer, retry } from './nats-server.js';
export { NatsSuperCluster } from './nats-super-cluster.js';
export { freePort, freePorts } from './free-port.js';
export { RedoubtNode } from './redoubt-node.js';
export { packageRoot, redoubtBin } from './package-root.js';
export { LocalRegistry, runRedoubt } from './registry-bootstrap.js';
export type {
  ClientTlsOptions,
  NatsClusterOptions,
  NatsGatewayOptions,
  NatsGatewayRemote,
  NatsServerOptions,
  NatsServerTlsOptions,
  RetryOptions,
} from './nats-server.js';
export type { NatsSuperClusterOptions } from './nats-super-cluster.js';
export type { RedoubtNodeOptions } from './redoubt-node.js';
export type { RegistryOptions } from './registry-bootstrap.js';
