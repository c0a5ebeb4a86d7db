/**
 * What a shard node does to reach the registry, done from outside a node (tests, the simulator's
 * consistency check, benches): a certificate from the registry's CA (via `redoubt cert issue`), an
 * entity client for the registry group that signs every request with it, a RegistryKeyring that
 * fetches org data keys through it, and the envelope keys with which a node vouches for its
 * requests to data entities (loaded on demand: only a certificate with the node role gets them).
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { EntityClient, KvShardDirectory, NatsTransport, openShardMapBucket } from '../../actors/index.js';
import { REGISTRY_REGION, REGISTRY_SHARDS } from '../../nodes/index.js';
import {
  ENVELOPE_KEYS_ID,
  EnvelopeKeyring,
  envelopeKeys,
  envelopeSigner,
  keyset,
  NodeCertificate,
  nodeSigner,
  RegistryKeyring,
} from '../../registry/index.js';
import type { EnvelopeKeysFetchReply, FetchReply } from '../../registry/index.js';
import type { RequestSigner } from '../../actors/index.js';

export interface NodeRegistryClient extends AsyncDisposable {
  readonly client: EntityClient;
  readonly keyring: RegistryKeyring;
  readonly certificate: NodeCertificate;
  /** The envelope keys; call `load()` before using {@link dataSigner}. */
  readonly envelopeKeys: EnvelopeKeyring;
  /** Vouches for requests to data entities, as a node does. */
  readonly dataSigner: RequestSigner;
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
  const keys = new EnvelopeKeyring(
    async (command) => (await client.ask(envelopeKeys, ENVELOPE_KEYS_ID, command)) as EnvelopeKeysFetchReply,
  );
  return {
    client,
    keyring,
    certificate,
    envelopeKeys: keys,
    dataSigner: envelopeSigner(keys, () => true),
    async [Symbol.asyncDispose]() {
      keyring.close();
      keys.close();
      await directory.close();
    },
  };
}
