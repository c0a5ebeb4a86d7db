/**
 * A client process's view of a cluster region: shard map from KV, requests over NATS (tests, the
 * simulator's checks, benches). Data entities obey only envelopes vouched for by a node: given a
 * node certificate (`certDir`), the client fetches the envelope keys with it and vouches as
 * nodes do; without one, its asks are refused (it can still watch the shard map).
 */
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { EntityClient, KvShardDirectory, NatsTransport, openShardMapBucket } from '../../actors/index.js';
import { nodeRegistryClient } from './node-registry-client.js';
import type { NodeRegistryClient } from './node-registry-client.js';

export interface ClusterClient extends AsyncDisposable {
  readonly nc: NatsConnection;
  readonly client: EntityClient;
  readonly directory: KvShardDirectory;
  /** The registry link of the certificate given as `certDir`, if any. */
  readonly registry: NodeRegistryClient | undefined;
  /** Resolves once the shard map assigns shards to exactly these nodes. */
  waitForOwners(nodes: readonly string[], timeoutMs?: number): Promise<void>;
  ownersOf(node: string): number[];
}

export async function clusterClient(
  url: string,
  options: { region: string; shards: number; replicas: number; certDir?: string },
): Promise<ClusterClient> {
  const nc = await connect({ servers: url.split(','), maxReconnectAttempts: -1, reconnectTimeWait: 100 });
  const directory = await KvShardDirectory.open(await openShardMapBucket(nc, options), options.shards);
  const registry = options.certDir === undefined ? undefined : await nodeRegistryClient(nc, options.certDir);
  await registry?.envelopeKeys.load();
  const client = new EntityClient({
    region: options.region,
    directory,
    transport: new NatsTransport(nc),
    defaultTimeoutMs: 30_000,
    ...(registry === undefined ? {} : { signer: registry.dataSigner }),
  });
  return {
    nc,
    client,
    directory,
    registry,
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
      await registry?.[Symbol.asyncDispose]();
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
