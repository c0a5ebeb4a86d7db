/**
 * The embedded default: every role in one process, an in-process transport, and the local
 * classic-level store as both journal and snapshot store. Same entities, same protocol.
 */
import type { Logger } from 'pino';
import { LevelJournal, LevelSnapshotStore, MemoryTransport, StaticShardDirectory } from '../actors/index.js';
import type { NodeConfig } from './config.js';
import { openDataStore } from './data-store.js';
import { assembleEntityRuntime } from './entity-runtime.js';
import { startObservability } from './http-observability.js';
import { openKeyring } from './keyring-provider.js';
import { NodeMetrics } from './metrics.js';
import type { RunningNode } from './running-node.js';

export async function startStandalone(config: NodeConfig, log: Logger): Promise<RunningNode> {
  const keyring = await openKeyring(config, log);
  const db = await openDataStore(config.dataDir);
  const metrics = new NodeMetrics();
  const transport = new MemoryTransport();
  const directory = new StaticShardDirectory(config.nodeId, config.shards);
  const runtime = assembleEntityRuntime({
    config,
    journal: new LevelJournal(db),
    snapshots: new LevelSnapshotStore(db),
    directory,
    transport,
    keyring,
    metrics,
    log,
  });
  const served = runtime.server.listen(transport);
  metrics.shardsOwned(config.shards);
  let closing = false;
  const http = await startObservability(config.httpHost, config.httpPort, metrics, () => ({
    ready: !closing,
    mode: 'standalone',
    node: config.nodeId,
    region: config.region,
  }));
  let closed: Promise<void> | undefined;
  return {
    config,
    client: runtime.client,
    httpPort: http.port,
    close: () =>
      (closed ??= (async () => {
        closing = true;
        served.close();
        await runtime.host.close();
        await transport.close();
        await db.close();
        keyring.close();
        await http.close();
      })()),
  };
}
