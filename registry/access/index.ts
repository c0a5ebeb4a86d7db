/** Who may talk to registry entities: request credentials, the guard that checks them, the CA trust. */
export { CaTrust } from './ca-trust.js';
export type { AskCaBundle, CaTrustOptions } from './ca-trust.js';
export { NODE_COMMANDS, registryGuard } from './registry-guard.js';
export type { RegistryGuardParts } from './registry-guard.js';
export { decodeCredential, encodeCredential, nodeSigner, registrySigner } from './request-credential.js';
export type { NodeSigningKey, RequestCredential } from './request-credential.js';
