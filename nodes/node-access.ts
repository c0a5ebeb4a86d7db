/**
 * The credentials of the nodes' requests and the guards on what they host.
 *
 * - A node that holds the vault (standalone and registry nodes) signs requests to registry
 *   entities with a registry MAC, and admits to them only a registry MAC or a node certificate
 *   from the internal CA (checked against the `ca/cluster` trust bundle).
 * - Every node and gateway vouches for its requests to data entities with an envelope MAC under
 *   the cluster's envelope keys, and a node that hosts data entities admits nothing else. The keys
 *   come from the registry's `envelope-keys` entity: through the node's own client where it holds
 *   the vault, through its certificate-signed registry link otherwise.
 */
import type { EntityClient, RequestGuard, RequestSigner } from '../actors/index.js';
import {
  ca,
  CaTrust,
  CLUSTER_CA_ID,
  ENVELOPE_KEYS_ID,
  EnvelopeKeyring,
  envelopeGuard,
  envelopeKeys,
  envelopeSigner,
  REGISTRY_KINDS,
  registryGuard,
  registrySigner,
  scopedGuard,
  signerChain,
  VaultSealedError,
} from '../registry/index.js';
import type { CaCertificateReply, EnvelopeKeysFetchReply, Vault } from '../registry/index.js';
import type { Logger } from 'pino';
import type { NodeConfig } from './config.js';
import { untilReady } from './startup-retry.js';

export interface NodeAccess {
  /** Checks every request this node's entities get. */
  readonly guard: RequestGuard;
  /** Vouches for every request this node sends. */
  readonly signer: RequestSigner;
  /** The envelope keys; {@link EnvelopeKeyring.load} them before serving or sending. */
  readonly envelopeKeys: EnvelopeKeyring;
}

const registryKinds = new Set(REGISTRY_KINDS.map((kind) => kind.kind));
const isRegistryKind = (kind: string): boolean => registryKinds.has(kind);
const isDataKind = (kind: string): boolean => !registryKinds.has(kind);

/**
 * A node that holds the vault: it hosts the registry's entities (and, standalone, the data
 * entities too), and reaches the envelope keys through its own client.
 * @param client - the node's own entity client, made after this (it carries the signer)
 */
export function vaultNodeAccess(vault: Vault, client: () => EntityClient): NodeAccess {
  // `init` answers the existing CA, and makes it on a fresh registry.
  const trust = new CaTrust(
    async () => (await client().ask(ca, CLUSTER_CA_ID, { type: 'init' })) as unknown as CaCertificateReply,
  );
  const keys = new EnvelopeKeyring(
    async (command) => (await client().ask(envelopeKeys, ENVELOPE_KEYS_ID, command)) as EnvelopeKeysFetchReply,
  );
  // Sealing drops every key from memory, the envelope keys too; unsealing loads them again.
  vault.onSeal(() => keys.forget());
  const signer = signerChain(registrySigner(vault, isRegistryKind), envelopeSigner(keys, isDataKind));
  return {
    guard: scopedGuard({ registry: registryGuard({ vault, trust }), data: envelopeGuard(keys) }),
    signer: (request) => {
      if (vault.sealed) throw new VaultSealedError();
      return signer(request);
    },
    envelopeKeys: keys,
  };
}

/**
 * A node or gateway without the vault: it reaches the envelope keys over its registry link (whose
 * client signs with the node's certificate) and hosts data entities only. The keys are not loaded
 * yet: see {@link openLinkedNodeAccess}, or load them in the background.
 */
export function linkedNodeAccess(registry: EntityClient): NodeAccess {
  const keys = new EnvelopeKeyring(
    async (command) => (await registry.ask(envelopeKeys, ENVELOPE_KEYS_ID, command)) as EnvelopeKeysFetchReply,
  );
  return {
    guard: scopedGuard({ data: envelopeGuard(keys) }),
    signer: envelopeSigner(keys, isDataKind),
    envelopeKeys: keys,
  };
}

/** What to check when a node gets no envelope keys. */
export const NO_KEYS_HINT =
  'is a registry node (redoubt registry) running and unsealed, and does this certificate have the node role?';

/**
 * {@link linkedNodeAccess}, resolved once the keys are loaded (a gateway: nothing it sends would
 * be taken before).
 * @throws ConfigError when the registry gives no keys within the startup timeout (saying what to check)
 */
export async function openLinkedNodeAccess(
  registry: EntityClient,
  config: NodeConfig,
  log: Logger,
): Promise<NodeAccess> {
  const access = linkedNodeAccess(registry);
  await untilReady('the envelope keys', () => access.envelopeKeys.load(), log, config.startupTimeoutMs, NO_KEYS_HINT);
  return access;
}
