/**
 * The credentials of a node that holds the vault (standalone and registry nodes): its requests to
 * registry entities carry a registry MAC, and its guard admits to them only a registry MAC or a
 * node certificate from the internal CA (checked against the `ca/cluster` trust bundle).
 */
import type { EntityClient, RequestGuard, RequestSigner } from '../actors/index.js';
import { ca, CaTrust, CLUSTER_CA_ID, REGISTRY_KINDS, registryGuard, registrySigner } from '../registry/index.js';
import type { CaCertificateReply, Vault } from '../registry/index.js';

export interface RegistryAccess {
  readonly guard: RequestGuard;
  readonly signer: RequestSigner;
}

/** @param client - the node's own entity client, made after this (it carries the signer) */
export function registryAccess(vault: Vault, client: () => EntityClient): RegistryAccess {
  const registryKinds = new Set(REGISTRY_KINDS.map((kind) => kind.kind));
  // `init` answers the existing CA, and makes it on a fresh registry.
  const trust = new CaTrust(
    async () => (await client().ask(ca, CLUSTER_CA_ID, { type: 'init' })) as unknown as CaCertificateReply,
  );
  return { guard: registryGuard({ vault, trust }), signer: registrySigner(vault, (kind) => registryKinds.has(kind)) };
}
