/**
 * Who may talk to entities: request credentials (registry MAC, node certificate, envelope MAC),
 * the guards that check them, the CA trust and the envelope keys nodes hold.
 */
export { CaTrust } from './ca-trust.js';
export type { AskCaBundle, CaTrustOptions } from './ca-trust.js';
export { NODE_COMMANDS, registryGuard, scopedGuard } from './registry-guard.js';
export { envelopeGuard, envelopeSigner, signerChain } from './envelope-credential.js';
export { EnvelopeKeyring } from './envelope-keyring.js';
export type { AskEnvelopeKeys, EnvelopeKeyringOptions } from './envelope-keyring.js';
export type { RegistryGuardParts } from './registry-guard.js';
export { decodeCredential, encodeCredential, nodeSigner, registrySigner } from './request-credential.js';
export type { NodeSigningKey, RequestCredential } from './request-credential.js';
