/**
 * A `signing-keys/<purpose>` entity holds the Ed25519 keys that sign one purpose's JWTs (e.g.
 * `signing-keys/access` for access tokens). The current key signs; a key that was rotated out
 * stays published (its public half, for verification) until every token it can have signed has
 * expired, then it is dropped and its history erased. The registry seals all of it under the
 * master key.
 */

export type SigningKeysCommand =
  | {
      /**
       * Hand the current private key to a node, sealed to its one-time X25519 key (base64). Makes
       * the first key when there is none, and rotates when the current one is older than the
       * rotation period.
       */
      readonly type: 'fetch';
      readonly recipient: string;
    }
  | { readonly type: 'rotate' }
  | { readonly type: 'jwks' }
  | {
      /** Change the rotation period and/or the longest token lifetime; omitted fields keep their value. */
      readonly type: 'configure';
      readonly rotationPeriodMs?: number;
      readonly maxTokenLifetimeMs?: number;
    }
  | { readonly type: 'status' };

export type SigningKeysEvent =
  | {
      /** The first key; `seed` is the base64 Ed25519 private key, `x` the base64url public key. */
      readonly type: 'keyCreated';
      readonly kid: string;
      readonly seed: string;
      readonly x: string;
      readonly at: number;
    }
  | {
      /** A new current key; `retired` stops signing from `at` on and its private key is forgotten. */
      readonly type: 'keyRotated';
      readonly kid: string;
      readonly seed: string;
      readonly x: string;
      readonly retired: string;
      readonly at: number;
    }
  | {
      /** Retired keys whose tokens have all expired: no longer published. */
      readonly type: 'keysDropped';
      readonly kids: readonly string[];
      readonly at: number;
    }
  | {
      readonly type: 'configured';
      readonly rotationPeriodMs: number;
      readonly maxTokenLifetimeMs: number;
      readonly at: number;
    };

/** The reply to `fetch`. */
export interface SigningKeyReply {
  readonly kid: string;
  /** base64 of the 32-byte Ed25519 private key sealed to the recipient (see key-transport.ts). */
  readonly sealed: string;
  /** base64url of the public key, as in the JWK `x`. */
  readonly x: string;
  /** The node may sign with this key for this long after it asked, then must fetch again. */
  readonly leaseMs: number;
  /** No token signed with this key may live longer. */
  readonly maxTokenLifetimeMs: number;
}

/** One public key as published: RFC 8037 OKP JWK. */
export interface SigningJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly alg: 'EdDSA';
  readonly use: 'sig';
  readonly kid: string;
  readonly x: string;
}

/** The reply to `jwks`: a JWK Set (RFC 7517), the current key first. */
export interface JwksReply {
  readonly keys: readonly SigningJwk[];
}

/** One key as `status` lists it. */
export interface SigningKeyInfo {
  readonly kid: string;
  readonly createdAt: number;
  /** When it stopped signing; absent for the current key. */
  readonly retiredAt?: number;
  /** When it leaves the JWKS; absent for the current key. */
  readonly dropAt?: number;
}

/** The reply to `status` and `configure`. */
export interface SigningKeysStatus {
  /** '' when no key was made yet. */
  readonly current: string;
  readonly keys: readonly SigningKeyInfo[];
  readonly rotationPeriodMs: number;
  readonly maxTokenLifetimeMs: number;
}

/** The reply to `rotate`; `retired` is '' when it made the first key. */
export interface SigningRotateReply {
  readonly current: string;
  readonly retired: string;
}

export type SigningKeysReply = SigningKeyReply | JwksReply | SigningKeysStatus | SigningRotateReply;
