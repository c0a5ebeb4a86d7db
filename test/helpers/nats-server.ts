/** The nats-server launchers live in sim/cluster (the simulator uses them too). */
export { NatsCluster, NatsServer, retry } from '../../sim/cluster/index.js';
export type {
  ClientTlsOptions,
  NatsClusterOptions,
  NatsServerOptions,
  NatsServerTlsOptions,
  RetryOptions,
} from '../../sim/cluster/index.js';
