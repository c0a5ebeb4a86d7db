/** The `signing-keys` entity kind: one per token purpose, hosted by the registry, sealed under the master key. */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import { decideSigningKeys, parseSigningKeysCommand } from './handlers.js';
import { evolveSigningKeys, initialSigningKeys } from './state.js';

/** `signing-keys/<purpose>`: a purpose's JWT signing keys. */
export const signingKeys = defineEntity({
  kind: 'signing-keys',
  commands: {
    fetch: ANY_ORIGIN,
    rotate: ANY_ORIGIN,
    jwks: ANY_ORIGIN,
    configure: ANY_ORIGIN,
    status: ANY_ORIGIN,
  },
  parseCommand: parseSigningKeysCommand,
  initialState: initialSigningKeys,
  decide: decideSigningKeys,
  evolve: evolveSigningKeys,
  keyScope: () => REGISTRY_SCOPE,
  // A rotated-out private key, and later a dropped public key, must leave the disks.
  compactAfter: ['keyRotated', 'keysDropped'],
});

export {
  CLOCK_SKEW_MS,
  MAX_SIGNING_KEYS,
  MAX_TOKEN_LIFETIME_BOUNDS,
  ROTATION_PERIOD_BOUNDS,
  SIGNER_LEASE_MS,
} from './handlers.js';
export { DEFAULT_MAX_TOKEN_LIFETIME_MS, DEFAULT_ROTATION_PERIOD_MS } from './state.js';
export { TokenSigner } from './token-signer.js';
export { TokenVerifier } from './token-verifier.js';
export type { SigningKeysState } from './state.js';
export type { AskSigningKey, SignedToken, SignOptions, TokenSignerOptions } from './token-signer.js';
export type { AskJwks, TokenVerifierOptions, VerifiedToken } from './token-verifier.js';
export type * from './protocol.js';
