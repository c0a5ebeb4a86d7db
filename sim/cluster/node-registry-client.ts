/**
 * What a shard node does to reach the registry, done from outside a node (tests, the simulator's
 * consistency check): a certificate from the registry's CA (via `redoubt cert issue`), an entity
 * client for the registry group that signs every request with it, and a RegistryKeyring that
 * fetches org data keys through it.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { EntityClient, KvShardDirectory, NatsTransport, openShardMapBucket } from '../../actors/index.js';
import { REGISTRY_REGION, REGISTRY_SHARDS } from '../../nodes/index.js';
import { keyset, NodeCertificate, nodeSigner, RegistryKeyring } from '../../registry/index.js';
import type { FetchReply } from '../../registry/index.js';

export interface NodeRegistryClient extends AsyncDisposable {
  readonly client: EntityClient;
  readonly keyring: RegistryKeyring;
  readonly certificate: NodeCertificate;
}

/** @param certDir - a directory `redoubt cert issue` wrote (LocalRegistry.issueCertificate) */
export async function nodeRegistryClient(nc: NatsConnection, certDir: string): Promise<NodeRegistryClient> {
  const certificate = await NodeCertificate.resume(
    () => Promise.reject(new Error('short-lived checker: no renewal')),
    certDir,
  );
  certificate.close();
  const directory = await KvShardDirectory.open(
    await openShardMapBucket(nc, { region: REGISTRY_REGION }),
    REGISTRY_SHARDS,
  );
  const client = new EntityClient({
    region: REGISTRY_REGION,
    directory,
    transport: new NatsTransport(nc),
    signer: nodeSigner(() => certificate.signingKey()),
    defaultTimeoutMs: 20_000,
  });
  const keyring = new RegistryKeyring(async (id, command) => (await client.ask(keyset, id, command)) as FetchReply);
  return {
    client,
    keyring,
    certificate,
    async [Symbol.asyncDispose]() {
      keyring.close();
      await directory.close();
    },
  };
}
