/**
 * Runs a node role in this process (`redoubt start`, `node`, `gateway`, `registry`) until SIGTERM
 * or SIGINT, which hands shards off, stops entities, flushes and exits; a second signal exits at
 * once. cli.ts imports this module only when a node starts: it loads the whole runtime.
 */
import type { Logger } from 'pino';
import { parseNodeConfig } from './config.js';
import { createRootLogger } from './logger.js';
import type { NodeMode } from './node-options.js';
import { startClusterNode } from './node-cluster.js';
import { startGatewayNode } from './node-gateway.js';
import { startStandalone } from './node-standalone.js';
import type { RunningNode } from './running-node.js';

/**
 * Starts the node `argv` describes and waits for a signal to stop it.
 * @returns the exit code once the node has stopped
 * @throws ConfigError for a bad command line, or whatever stops the node from starting
 */
export async function runNode(mode: NodeMode, argv: readonly string[]): Promise<number> {
  const config = parseNodeConfig(mode, argv);
  // cli.ts answers --help before loading this module.
  if (config === undefined) return 0;
  const log = createRootLogger({ node: config.nodeId, region: config.region });
  const node = await (mode === 'standalone'
    ? startStandalone(config, log)
    : mode === 'gateway'
      ? startGatewayNode(config, log)
      : startClusterNode(config, log));
  log.info(
    {
      mode,
      httpPort: node.httpPort,
      grpcPort: node.grpcPort,
      caFile: node.caFile,
      dataDir: config.dataDir,
      nats: config.natsUrls.length > 0 ? config.natsUrls : undefined,
    },
    'node ready',
  );
  await untilSignalled(node, log);
  return 0;
}

function untilSignalled(node: RunningNode, log: Logger): Promise<void> {
  return new Promise((resolve) => {
    let signalled = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (signalled) {
        log.warn({ signal }, 'second signal: exiting without handoff');
        process.exit(130);
      }
      signalled = true;
      log.info({ signal }, 'shutting down');
      node.close().then(
        () => resolve(),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
          resolve();
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
