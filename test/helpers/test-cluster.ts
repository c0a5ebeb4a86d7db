/**
 * A real test cluster: nats-server ×N with JetStream, a registry node holding the vault (in KV,
 * unsealed by a key file) and `redoubt node` shard processes, each with its own certificate from
 * the registry's internal CA, fetching its org data keys from the registry.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Keyring } from '../../actors/index.js';
import { clusterClient } from '../../sim/cluster/cluster-client.js';
import type { ClusterClient } from '../../sim/cluster/cluster-client.js';
import { LocalRegistry, NatsCluster, RedoubtNode } from '../../sim/cluster/index.js';

export const REGION = 'test';
export const SHARDS = 32;
/** Fast failure detection for tests; production defaults are 500/2500/3000. */
const TIMING = ['--heartbeat-ms', '250', '--dead-after-ms', '1500', '--lease-ms', '2000'];

export interface TestCluster extends AsyncDisposable {
  readonly nats: NatsCluster;
  readonly registry: LocalRegistry;
  readonly nodes: Map<string, RedoubtNode>;
  readonly dir: string;
  readonly client: ClusterClient;
  /** The org data keys as a node fetches them from the registry (certificate `checker`). */
  readonly keyring: Keyring;
  /** Starts a shard node; `env` adds to its environment (a fault switch, say). */
  startNode(nodeId: string, env?: Readonly<Record<string, string>>): Promise<RedoubtNode>;
  dataDir(nodeId: string): string;
}

export interface TestClusterOptions {
  readonly servers?: number;
  readonly nodes?: string[];
  /** Failure-detection flags of every node (`--heartbeat-ms` and the like); fast ones by default. */
  readonly timing?: readonly string[];
}

export async function startTestCluster(options: TestClusterOptions = {}): Promise<TestCluster> {
  const servers = options.servers ?? 3;
  const timing = [...(options.timing ?? TIMING)];
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-cluster-'));
  const nats = await NatsCluster.start({ size: servers });
  const registry = await LocalRegistry.start({ natsUrl: nats.url, dir, replicas: servers, extraArgs: timing });
  const nodes = new Map<string, RedoubtNode>();
  const dataDir = (nodeId: string): string => join(dir, nodeId);
  const startNode = async (nodeId: string, env: Readonly<Record<string, string>> = {}): Promise<RedoubtNode> => {
    const node = await RedoubtNode.start({
      nodeId,
      natsUrl: nats.url,
      dataDir: dataDir(nodeId),
      certDir: await registry.issueCertificate(nodeId),
      region: REGION,
      shards: SHARDS,
      replicas: servers,
      extraArgs: timing,
      env,
    });
    nodes.set(nodeId, node);
    return node;
  };
  const ids = options.nodes ?? ['n1', 'n2', 'n3'];
  // The first node creates the stream and buckets; the others join an existing region.
  await startNode(ids[0]!);
  await Promise.all(ids.slice(1).map((id) => startNode(id)));
  // The test vouches for its envelopes as a node does, with a certificate of its own.
  const client = await clusterClient(nats.url, {
    region: REGION,
    shards: SHARDS,
    replicas: servers,
    certDir: await registry.issueCertificate('checker'),
  });
  await client.waitForOwners(ids);
  const checker = client.registry!;
  return {
    nats,
    registry,
    nodes,
    dir,
    client,
    keyring: checker.keyring,
    startNode,
    dataDir,
    async [Symbol.asyncDispose]() {
      await Promise.resolve(client[Symbol.asyncDispose]()).catch(() => undefined);
      await Promise.all([...nodes.values()].map((n) => n[Symbol.asyncDispose]()));
      await registry[Symbol.asyncDispose]();
      await nats[Symbol.asyncDispose]();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
