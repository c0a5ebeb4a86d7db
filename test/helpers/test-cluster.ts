/** A real test cluster: nats-server ×N with JetStream and `redoubt node` processes sharing a key. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKeyFileKeyring } from '../../actors/index.js';
import type { Keyring } from '../../actors/index.js';
import { clusterClient } from './cluster-client.js';
import type { ClusterClient } from './cluster-client.js';
import { NatsCluster } from '../../sim/cluster/index.js';
import { RedoubtNode } from '../../sim/cluster/index.js';

export const REGION = 'test';
export const SHARDS = 32;
/** Fast failure detection for tests; production defaults are 500/2500/3000. */
const TIMING = ['--heartbeat-ms', '250', '--dead-after-ms', '1500', '--lease-ms', '2000'];

export interface TestCluster extends AsyncDisposable {
  readonly nats: NatsCluster;
  readonly nodes: Map<string, RedoubtNode>;
  readonly dir: string;
  readonly keyFile: string;
  readonly keyring: Keyring;
  readonly client: ClusterClient;
  startNode(nodeId: string): Promise<RedoubtNode>;
  dataDir(nodeId: string): string;
}

export async function startTestCluster(options: { servers?: number; nodes?: string[] } = {}): Promise<TestCluster> {
  const servers = options.servers ?? 3;
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-cluster-'));
  const keyFile = join(dir, 'keys', `master-${randomBytes(4).toString('hex')}.key`);
  const keyring = await loadKeyFileKeyring(keyFile, { create: true });
  const nats = await NatsCluster.start({ size: servers });
  const nodes = new Map<string, RedoubtNode>();
  const dataDir = (nodeId: string): string => join(dir, nodeId);
  const startNode = async (nodeId: string): Promise<RedoubtNode> => {
    const node = await RedoubtNode.start({
      nodeId,
      natsUrl: nats.url,
      dataDir: dataDir(nodeId),
      keyFile,
      region: REGION,
      shards: SHARDS,
      replicas: servers,
      extraArgs: TIMING,
    });
    nodes.set(nodeId, node);
    return node;
  };
  const ids = options.nodes ?? ['n1', 'n2', 'n3'];
  // The first node creates the stream and buckets; the others join an existing region.
  await startNode(ids[0]!);
  await Promise.all(ids.slice(1).map(startNode));
  const client = await clusterClient(nats.url, { region: REGION, shards: SHARDS, replicas: servers });
  await client.waitForOwners(ids);
  return {
    nats,
    nodes,
    dir,
    keyFile,
    keyring,
    client,
    startNode,
    dataDir,
    async [Symbol.asyncDispose]() {
      await Promise.resolve(client[Symbol.asyncDispose]()).catch(() => undefined);
      await Promise.all([...nodes.values()].map((n) => n[Symbol.asyncDispose]()));
      await nats[Symbol.asyncDispose]();
      keyring.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
