/** Public signing keys as JWKs (RFC 8037) and their key ids (RFC 7638 thumbprints). */
import { sha256 } from '@noble/hashes/sha2.js';
import type { SigningJwk } from './protocol.js';

/**
 * The RFC 7638 thumbprint of an Ed25519 public key: SHA-256 over the required members in
 * lexicographic order, base64url. Equal to jose's `calculateJwkThumbprint`; computed here because
 * an entity's decision is synchronous.
 */
export function thumbprintOf(x: string): string {
  const canonical = JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x });
  return Buffer.from(sha256(new TextEncoder().encode(canonical))).toString('base64url');
}

/** The published JWK of a signing key. */
export function publicJwk(kid: string, x: string): SigningJwk {
  return { kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid, x };
}
