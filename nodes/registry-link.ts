/**
 * How a shard node reaches the registry: an entity client for the registry nodes' group (their
 * shard map in KV tells where each registry entity lives), whose every request is signed with the
 * node's certificate. The registry's guard admits a node only to what nodes do (fetch keys, renew
 * its certificate, ...).
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { EntityClient, KvShardDirectory, openShardMapBucket } from '../actors/index.js';
import type { Transport } from '../actors/index.js';
import { nodeSigner } from '../registry/index.js';
import type { NodeCertificate } from '../registry/index.js';
import type { NodeConfig } from './config.js';
import { REGISTRY_REGION, REGISTRY_SHARDS } from './config.js';
import { untilReady } from './startup-retry.js';

export interface RegistryLink {
  readonly client: EntityClient;
  close(): Promise<void>;
}

export async function openRegistryLink(
  nc: NatsConnection,
  transport: Transport,
  certificate: NodeCertificate,
  config: NodeConfig,
  log: Logger,
): Promise<RegistryLink> {
  const directory = await untilReady(
    "the registry's shard map",
    async () =>
      KvShardDirectory.open(
        await openShardMapBucket(nc, { region: REGISTRY_REGION, replicas: config.replicas }),
        REGISTRY_SHARDS,
      ),
    log,
    config.startupTimeoutMs,
    'is a registry node (redoubt registry) running on this NATS cluster?',
  );
  const client = new EntityClient({
    region: REGISTRY_REGION,
    directory,
    transport,
    signer: nodeSigner(() => certificate.signingKey()),
    // A registry node may be failing over: keep trying within the deadline.
    defaultTimeoutMs: 30_000,
  });
  return { client, close: () => directory.close() };
}
