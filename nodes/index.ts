/** Process assembly: configuration, the node roles, and their observability. */
export { parseNodeConfig, helpText } from './config.js';
export { startStandalone } from './node-standalone.js';
export { startShardNode } from './node-shard.js';
export { createRootLogger, moduleLogger } from './logger.js';
export { ConfigError } from './errors.js';

export type { NodeConfig } from './config.js';
export type { RunningNode } from './running-node.js';
