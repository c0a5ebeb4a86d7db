/** A client process's view of a cluster region: shard map from KV, requests over NATS (tests, the simulator's checks). */
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { EntityClient, KvShardDirectory, NatsTransport, openShardMapBucket } from '../../actors/index.js';

export interface ClusterClient extends AsyncDisposable {
  readonly nc: NatsConnection;
  readonly client: EntityClient;
  readonly directory: KvShardDirectory;
  /** Resolves once the shard map assigns shards to exactly these nodes. */
  waitForOwners(nodes: readonly string[], timeoutMs?: number): Promise<void>;
  ownersOf(node: string): number[];
}

export async function clusterClient(
  url: string,
  options: { region: string; shards: number; replicas: number },
): Promise<ClusterClient> {
  const nc = await connect({ servers: url.split(','), maxReconnectAttempts: -1, reconnectTimeWait: 100 });
  const directory = await KvShardDirectory.open(await openShardMapBucket(nc, options), options.shards);
  const client = new EntityClient({
    region: options.region,
    directory,
    transport: new NatsTransport(nc),
    defaultTimeoutMs: 30_000,
  });
  return {
    nc,
    client,
    directory,
    async waitForOwners(nodes, timeoutMs = 30_000) {
      const want = [...nodes].sort().join(',');
      const until = Date.now() + timeoutMs;
      for (;;) {
        const have = [...new Set(directory.current().owners)].sort().join(',');
        if (have === want) return;
        if (Date.now() > until)
          throw new Error(`shard owners are [${have}], expected [${want}] within ${timeoutMs} ms`);
        await directory.nextChange(until - Date.now());
      }
    },
    ownersOf(node) {
      return directory.current().owners.flatMap((owner, shard) => (owner === node ? [shard] : []));
    },
    async [Symbol.asyncDispose]() {
      await directory.close();
      await nc.close();
    },
  };
}

/** Runs `work` over `items` with at most `concurrency` in flight; resolves with every result. */
export async function bounded<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}
