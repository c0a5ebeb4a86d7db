/** Process assembly: configuration, the node roles, and their observability. */
export { parseNodeConfig, helpText, REGISTRY_REGION, REGISTRY_SHARDS } from './config.js';
export { startStandalone } from './node-standalone.js';
export { startClusterNode } from './node-cluster.js';
export { createRootLogger, moduleLogger } from './logger.js';
export { ConfigError } from './errors.js';
export { hostedKinds, nodeKinds } from './kinds.js';
export { NODE_MODULES, nodeApi } from './modules.js';

export type { NodeConfig } from './config.js';
export type { NodeRoles } from './kinds.js';
export type { RunningNode } from './running-node.js';
