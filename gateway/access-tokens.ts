/**
 * Access tokens: short-lived JWTs (EdDSA) signed with the registry's `access` signing keys, and
 * ids drawn at the edge. Refresh and one-time mail tokens are drawn by the entities that keep
 * their SHA-256 (domain/account/tokens.ts).
 */
import { randomBytes } from 'node:crypto';
import { ACCOUNT_ID, SESSION_ID } from '../actors/index.js';
import { assuranceOf, FACTOR_CATEGORY, isFactorKind } from '../domain/index.js';
import type { UsedFactor } from '../domain/index.js';
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
  /** The factors the session used, newest use of each kind (its assurance follows from them). */
  readonly factors: readonly UsedFactor[];
}

/** Most factors a token carries: one use of each kind. */
const MAX_FACTORS = Object.keys(FACTOR_CATEGORY).length;

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
    const { level } = assuranceOf(claims.factors);
    return this.#signer.sign(
      {
        sub: claims.accountId,
        sid: claims.sessionId,
        sa: claims.superadmin,
        aud: ACCESS_AUDIENCE,
        // For readers of the token (RFC 8176 names the methods); the gateway derives both from fa.
        acr: `aal${level}`,
        amr: claims.factors.map((factor) => factor.kind),
        // Factor, time of use (ms), and for WebAuthn whether it verified its user.
        fa: claims.factors.map((factor) => [factor.kind, factor.at, factor.userVerified === true ? 1 : 0]),
      },
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
    const { sub, sid, sa, exp, fa } = payload as {
      sub?: unknown;
      sid?: unknown;
      sa?: unknown;
      exp?: unknown;
      fa?: unknown;
    };
    if (typeof sub !== 'string' || !ACCOUNT_ID.test(sub) || typeof sid !== 'string' || !SESSION_ID.test(sid)) {
      throw new UnauthenticatedError('the access token does not name an account and a session', 'CLAIM_INVALID');
    }
    const claims: AccessClaims = { accountId: sub, sessionId: sid, superadmin: sa === true, factors: factorsOf(fa) };
    if (typeof exp === 'number') {
      if (this.#verified.size >= VERIFIED_CACHE_LIMIT) this.#verified.clear();
      this.#verified.set(token, { claims, expiresAt: exp * 1000 });
    }
    return claims;
  }
}

/**
 * The factors of a token's `fa` claim; a token from before factors were recorded has none.
 * @throws UnauthenticatedError (CLAIM_INVALID) when the claim is malformed
 */
function factorsOf(claim: unknown): readonly UsedFactor[] {
  if (claim === undefined) return [];
  const invalid = () => new UnauthenticatedError('the access token names its factors wrongly', 'CLAIM_INVALID');
  if (!Array.isArray(claim) || claim.length > MAX_FACTORS) throw invalid();
  return claim.map((entry: unknown): UsedFactor => {
    if (!Array.isArray(entry) || entry.length !== 3) throw invalid();
    const [kind, at, verified] = entry as unknown[];
    if (!isFactorKind(kind) || !Number.isSafeInteger(at) || (verified !== 0 && verified !== 1)) throw invalid();
    return { kind, at: at as number, ...(kind === 'webauthn' ? { userVerified: verified === 1 } : {}) };
  });
}

/** A new id with a prefix and 128 random bits (22 base64url characters). */
export function newId(prefix: 'acc' | 'ses'): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
}
