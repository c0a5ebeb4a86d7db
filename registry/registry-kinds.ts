/** Every entity kind of the registry: hosted only where the vault is unsealed, guarded by credentials. */
import type { AnyEntityKind } from '../actors/index.js';
import { acme } from './acme/index.js';
import { auditSigner } from './audit-signer/index.js';
import { ca } from './ca/index.js';
import { accountHome, orgHome } from './directory/index.js';
import { envelopeKeys } from './envelope-keys/index.js';
import { keyset } from './keyset/index.js';
import { prekeys } from './prekeys/index.js';
import { signingKeys } from './signing/index.js';

export const REGISTRY_KINDS: readonly AnyEntityKind[] = Object.freeze([
  keyset,
  ca,
  signingKeys,
  orgHome,
  accountHome,
  prekeys,
  auditSigner,
  envelopeKeys,
  acme,
]);
