/**
 * Verifies JWTs against a purpose's published keys (the JWKS of `signing-keys/<purpose>`) with
 * jose. The key set is kept for `refreshMs` and refetched in the background after that, so a
 * dropped key stops verifying; a token whose `kid` is unknown makes it refetch at once (rotation
 * reached the signer first), at most once per `minRefreshIntervalMs` so forged kids cannot make it
 * hammer the registry.
 */
import { createLocalJWKSet, errors, jwtVerify } from 'jose';
import type { JSONWebKeySet, JWTPayload } from 'jose';
import { ClosedError } from '../../actors/index.js';
import { TokenInvalidError } from '../errors.js';
import type { JwksReply } from './protocol.js';

/** Sends `jwks` to `signing-keys/<purpose>` (through the entity client) and returns its reply. */
export type AskJwks = (purpose: string, command: { readonly type: 'jwks' }) => Promise<JwksReply>;

/** Options of {@link TokenVerifier}. */
export interface TokenVerifierOptions {
  /**
   * The `iss` every token must carry.
   * @default 'redoubt'
   */
  readonly issuer?: string;
  /**
   * An `aud` the token must carry (one of them, if several); unchecked when absent.
   * @default undefined
   */
  readonly audience?: string | readonly string[];
  /**
   * Refetch the key set in the background when it is older than this many milliseconds.
   * @default 60000
   */
  readonly refreshMs?: number;
  /**
   * Refetch on an unknown `kid` at most once per this many milliseconds.
   * @default 5000
   */
  readonly minRefreshIntervalMs?: number;
}

/** A verified token. */
export interface VerifiedToken {
  readonly payload: JWTPayload;
  readonly kid: string;
}

interface LoadedSet {
  readonly resolve: ReturnType<typeof createLocalJWKSet>;
  readonly fetchedAt: number;
}

/** Verifies one purpose's JWTs against the registry's published keys for it. */
export class TokenVerifier {
  readonly #purpose: string;
  readonly #ask: AskJwks;
  readonly #issuer: string;
  readonly #audience: string | string[] | undefined;
  readonly #refreshMs: number;
  readonly #minRefreshIntervalMs: number;
  #set: LoadedSet | undefined;
  #fetching: Promise<LoadedSet> | undefined;
  #closed = false;

  constructor(purpose: string, ask: AskJwks, options: TokenVerifierOptions = {}) {
    this.#purpose = purpose;
    this.#ask = ask;
    this.#issuer = options.issuer ?? 'redoubt';
    const { audience } = options;
    this.#audience = audience === undefined ? undefined : typeof audience === 'string' ? audience : [...audience];
    this.#refreshMs = options.refreshMs ?? 60_000;
    this.#minRefreshIntervalMs = options.minRefreshIntervalMs ?? 5_000;
  }

  /**
   * Checks the token's signature (EdDSA only, a published key), `iss`, `exp`, `nbf` and `aud`.
   * @throws TokenInvalidError (`TOKEN_INVALID`, `details.reason`) when the token is refused
   * @throws ClosedError (`CLOSED`) after {@link close}
   * @throws RedoubtError from the registry when the key set cannot be fetched
   */
  async verify(token: string): Promise<VerifiedToken> {
    let set = await this.#current();
    try {
      return await this.#verifyWith(set, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || Date.now() - set.fetchedAt < this.#minRefreshIntervalMs) {
        throw refusal(error);
      }
    }
    set = await this.#fetch();
    try {
      return await this.#verifyWith(set, token);
    } catch (error) {
      throw refusal(error);
    }
  }

  /** Forgets the key set; later calls to {@link verify} are refused. Idempotent. */
  close(): void {
    this.#closed = true;
    this.#set = undefined;
  }

  async #verifyWith(set: LoadedSet, token: string): Promise<VerifiedToken> {
    const { payload, protectedHeader } = await jwtVerify(token, set.resolve, {
      algorithms: ['EdDSA'],
      issuer: this.#issuer,
      ...(this.#audience === undefined ? {} : { audience: this.#audience }),
      requiredClaims: ['exp', 'iat'],
      // Read the clock the way the rest of the node does.
      currentDate: new Date(Date.now()),
    });
    return { payload, kid: protectedHeader.kid ?? '' };
  }

  async #current(): Promise<LoadedSet> {
    if (this.#closed) throw new ClosedError(`token verifier for ${this.#purpose}`);
    const set = this.#set;
    if (set === undefined) return this.#fetch();
    if (Date.now() - set.fetchedAt >= this.#refreshMs) void this.#fetch().catch(() => undefined);
    return set;
  }

  #fetch(): Promise<LoadedSet> {
    this.#fetching ??= this.#fetchNow().finally(() => (this.#fetching = undefined));
    return this.#fetching;
  }

  async #fetchNow(): Promise<LoadedSet> {
    const reply = await this.#ask(this.#purpose, { type: 'jwks' });
    const jwks: JSONWebKeySet = { keys: reply.keys.map((key) => ({ ...key })) };
    const set = { resolve: createLocalJWKSet(jwks), fetchedAt: Date.now() };
    if (this.#closed) throw new ClosedError(`token verifier for ${this.#purpose}`);
    this.#set = set;
    return set;
  }
}

/** Turns jose's refusal into ours, with a reason a caller can act on. */
function refusal(error: unknown): unknown {
  if (error instanceof errors.JWTExpired) {
    return new TokenInvalidError('EXPIRED', 'the token has expired', { cause: error });
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new TokenInvalidError('UNKNOWN_KEY', 'the token was not signed by a published key', { cause: error });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new TokenInvalidError('BAD_SIGNATURE', 'the token signature does not verify', { cause: error });
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new TokenInvalidError('CLAIM_INVALID', `the token's "${error.claim}" claim is not acceptable`, {
      cause: error,
      details: { claim: error.claim },
    });
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new TokenInvalidError('ALG_NOT_ALLOWED', 'the token is not signed with EdDSA', { cause: error });
  }
  if (error instanceof errors.JOSEError) {
    return new TokenInvalidError('MALFORMED', 'the token is not a well-formed signed JWT', { cause: error });
  }
  return error;
}
