/**
 * Access tokens: short-lived JWTs (EdDSA) signed with the registry's `access` signing keys, and
 * ids drawn at the edge. Refresh and one-time mail tokens are drawn by the entities that keep
 * their SHA-256 (domain/account/tokens.ts).
 */
import { randomBytes } from 'node:crypto';
import { ACCOUNT_ID, SESSION_ID } from '../actors/index.js';
import type { TokenSigner, TokenVerifier } from '../registry/index.js';
import { UnauthenticatedError } from './errors.js';

/** The `aud` of every access token the gateway issues and accepts. */
export const ACCESS_AUDIENCE = 'redoubt-api';
/** The signing-keys purpose of access tokens. */
export const ACCESS_PURPOSE = 'access';

export interface AccessClaims {
  readonly accountId: string;
  readonly sessionId: string;
  readonly superadmin: boolean;
}

/** Verified tokens remembered, so a client's many calls verify its token's signature once. */
const VERIFIED_CACHE_LIMIT = 50_000;

export class AccessTokens {
  readonly #signer: TokenSigner;
  readonly #verifier: TokenVerifier;
  readonly #verified = new Map<string, { claims: AccessClaims; expiresAt: number }>();
  readonly lifetimeMs: number;

  /** @param lifetimeMs - @default 300000 (5 min): how long a revoked session's token still works */
  constructor(signer: TokenSigner, verifier: TokenVerifier, lifetimeMs = 5 * 60_000) {
    this.#signer = signer;
    this.#verifier = verifier;
    this.lifetimeMs = lifetimeMs;
  }

  issue(claims: AccessClaims): Promise<{ token: string; expiresAt: number }> {
    return this.#signer.sign(
      { sub: claims.accountId, sid: claims.sessionId, sa: claims.superadmin, aud: ACCESS_AUDIENCE },
      { lifetimeMs: this.lifetimeMs },
    );
  }

  /**
   * Verifies a token's signature and claims, once per distinct token: later calls with the same
   * token are answered from memory until it expires (checked on every call).
   * @throws TokenInvalidError (`TOKEN_INVALID`) or UnauthenticatedError (`UNAUTHENTICATED`, reason CLAIM_INVALID)
   */
  async verify(token: string): Promise<AccessClaims> {
    const now = Date.now();
    const known = this.#verified.get(token);
    if (known !== undefined) {
      if (known.expiresAt > now) return known.claims;
      this.#verified.delete(token);
    }
    const { payload } = await this.#verifier.verify(token);
    const { sub, sid, sa, exp } = payload as { sub?: unknown; sid?: unknown; sa?: unknown; exp?: unknown };
    if (typeof sub !== 'string' || !ACCOUNT_ID.test(sub) || typeof sid !== 'string' || !SESSION_ID.test(sid)) {
      throw new UnauthenticatedError('the access token does not name an account and a session', 'CLAIM_INVALID');
    }
    const claims = { accountId: sub, sessionId: sid, superadmin: sa === true };
    if (typeof exp === 'number') {
      if (this.#verified.size >= VERIFIED_CACHE_LIMIT) this.#verified.clear();
      this.#verified.set(token, { claims, expiresAt: exp * 1000 });
    }
    return claims;
  }
}

/** A new id with a prefix and 128 random bits (22 base64url characters). */
export function newId(prefix: 'acc' | 'ses'): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
}
