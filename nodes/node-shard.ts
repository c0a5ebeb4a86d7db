/**
 * A shard node of a cluster: its journal is the region's JetStream stream, its snapshots live on
 * local disk and in a KV bucket, the shard map in KV tells it which entities it hosts, and it
 * takes part in heartbeats and coordinator election. On close it hands its shards off first.
 */
import { connect } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import {
  JetStreamJournal,
  KvShardDirectory,
  KvSnapshotStore,
  LevelSnapshotStore,
  NatsTransport,
  RegionCoordinator,
  TieredSnapshotStore,
  openLeaseBucket,
  openShardMapBucket,
  openSnapshotBucket,
} from '../actors/index.js';
import type { ShardId, ShardMap } from '../actors/index.js';
import type { NodeConfig } from './config.js';
import { openDataStore } from './data-store.js';
import { assembleEntityRuntime } from './entity-runtime.js';
import { startObservability } from './http-observability.js';
import { untilReady } from './startup-retry.js';
import { openKeyring } from './keyring-provider.js';
import { moduleLogger } from './logger.js';
import { NodeMetrics } from './metrics.js';
import type { RunningNode } from './running-node.js';

const HANDOFF_TIMEOUT_MS = 10_000;

export async function startShardNode(config: NodeConfig, log: Logger): Promise<RunningNode> {
  const keyring = await openKeyring(config, log);
  const db = await openDataStore(config.dataDir);
  const urls = config.natsUrls.join(',');
  const nc = await untilReady(
    `connecting to NATS at ${urls}`,
    () =>
      connect({
        servers: [...config.natsUrls],
        name: `redoubt-${config.region}-${config.nodeId}`,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        // Capturing an async stack trace per request cost 40% of a node's CPU on the append
        // path; our own errors already say which operation failed.
        noAsyncTraces: true,
        // One attempt may not outlast the startup budget (a TLS refusal otherwise hangs 20 s).
        timeout: Math.min(20_000, config.startupTimeoutMs),
        // nats.js reads the files again on every reconnect, so a renewed certificate is used.
        ...(config.natsTls === undefined ? {} : { tls: { ...config.natsTls } }),
      }),
    log,
    config.startupTimeoutMs,
    'is nats-server running and reachable?',
  );
  const buckets = { region: config.region, replicas: config.replicas };
  // A NATS cluster answers JetStream requests only once it has elected a leader: wait for it.
  const { journal, snapshotBucket, shardBucket, lease } = await untilReady(
    'JetStream (journal stream and KV buckets)',
    async () => ({
      journal: await JetStreamJournal.open(nc, buckets),
      snapshotBucket: await openSnapshotBucket(nc, buckets),
      shardBucket: await openShardMapBucket(nc, buckets),
      lease: await openLeaseBucket(nc, { ...buckets, leaseMs: config.leaseMs }),
    }),
    log,
    config.startupTimeoutMs,
    `is JetStream enabled on the servers, with at least ${config.replicas} of them up (--replicas)?`,
  );
  const snapshots = new TieredSnapshotStore(new LevelSnapshotStore(db), new KvSnapshotStore(snapshotBucket));
  const directory = await KvShardDirectory.open(shardBucket, config.shards);
  const transport = new NatsTransport(nc);
  const metrics = new NodeMetrics();
  const runtime = assembleEntityRuntime({
    config,
    journal,
    snapshots,
    directory,
    transport,
    keyring,
    registry: false,
    metrics,
    log,
  });
  const clusterLog = moduleLogger(log, 'cluster');

  const owned = (map: ShardMap): number => map.owners.filter((owner) => owner === config.nodeId).length;
  // An entity whose shard moved away, or moved away and back (the epoch changed), may be stale.
  directory.onChange((next, previous) => {
    metrics.shardsOwned(owned(next));
    const lost = (shard: ShardId): boolean =>
      previous.owners[shard] === config.nodeId &&
      (next.owners[shard] !== config.nodeId || next.epochs[shard] !== previous.epochs[shard]);
    void runtime.host.retireShards(lost).then((count) => {
      if (count > 0) clusterLog.info({ entities: count }, 'retired entities of shards that moved');
    });
  });
  metrics.shardsOwned(owned(directory.current()));

  const coordinator = new RegionCoordinator(
    transport,
    lease,
    config.leaseMs,
    directory,
    { nodeId: config.nodeId, region: config.region, heartbeatMs: config.heartbeatMs, deadAfterMs: config.deadAfterMs },
    clusterLog,
  );
  const served = runtime.server.listen(transport);
  coordinator.start();

  let leaving = false;
  const http = await startObservability(config.httpHost, config.httpPort, metrics, () => ({
    ready: !leaving && owned(directory.current()) > 0,
    mode: 'shard',
    node: config.nodeId,
    region: config.region,
    coordinator: coordinator.isLeader,
    mapRevision: directory.current().revision,
  }));

  let closed: Promise<void> | undefined;
  return {
    config,
    client: runtime.client,
    httpPort: http.port,
    close: () =>
      (closed ??= (async () => {
        leaving = true;
        clusterLog.info('leaving: handing off shards');
        await coordinator.leave();
        const until = Date.now() + HANDOFF_TIMEOUT_MS;
        while (owned(directory.current()) > 0 && Date.now() < until) await directory.nextChange(until - Date.now());
        // Answer what was already delivered (callers with an old map get NOT_OWNER and retry), then stop.
        await transport.close();
        served.close();
        await runtime.host.close();
        coordinator.close();
        await directory.close();
        await nc.drain().catch(() => undefined);
        await db.close();
        keyring.close();
        await http.close();
        clusterLog.info('left the cluster');
      })()),
  };
}
