/**
 * Signs JWTs on a node with a purpose's current signing key, fetched from the registry's
 * `signing-keys/<purpose>` entity sealed to a one-time X25519 key of this node. The private key is
 * imported into WebCrypto as a non-extractable key and kept in memory only; the raw bytes are
 * wiped at once. jose makes the JWS. The key is used at most for the lease the registry grants
 * (refreshed in the background at half of it), which is what lets the registry drop a retired key
 * from the JWKS once its tokens have expired.
 */
import { randomUUID, webcrypto } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { SignJWT } from 'jose';
import type { JWTPayload } from 'jose';
import { ClosedError, InternalError } from '../../actors/index.js';
import { TokenRequestError } from '../errors.js';
import { newTransportKeyPair, openFromSender } from '../keyset/key-transport.js';
import { signingTransportContext } from './handlers.js';
import type { SigningKeyReply } from './protocol.js';

/** Sends `fetch` to `signing-keys/<purpose>` (through the entity client) and returns its reply. */
export type AskSigningKey = (
  purpose: string,
  command: { readonly type: 'fetch'; readonly recipient: string },
) => Promise<SigningKeyReply>;

/** Options of {@link TokenSigner}. */
export interface TokenSignerOptions {
  /**
   * The `iss` claim of every token.
   * @default 'redoubt'
   */
  readonly issuer?: string;
}

/** Options of one {@link TokenSigner.sign}. */
export interface SignOptions {
  /**
   * Lifetime of the token in milliseconds (whole seconds in the token), capped at the registry's
   * longest token lifetime for the purpose.
   * @default the registry's longest token lifetime
   */
  readonly lifetimeMs?: number;
}

/** A signed token and what a caller may want to know about it without decoding it. */
export interface SignedToken {
  readonly token: string;
  readonly kid: string;
  /** `exp` in milliseconds since the epoch. */
  readonly expiresAt: number;
}

/** Claims the signer sets itself; a caller may not. */
const RESERVED_CLAIMS = ['iss', 'iat', 'exp', 'nbf', 'jti'] as const;

/** An RFC 8410 PKCS#8 wrapper of a 32-byte Ed25519 private key: the fixed prefix before the key. */
const ED25519_PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

interface LoadedKey {
  readonly kid: string;
  readonly key: webcrypto.CryptoKey;
  readonly maxTokenLifetimeMs: number;
  /** Refresh in the background from here on. */
  readonly refreshAt: number;
  /** Never sign with it from here on. */
  readonly useUntil: number;
}

/** Signs one purpose's JWTs on a node with the registry's current key for it. */
export class TokenSigner {
  readonly #purpose: string;
  readonly #ask: AskSigningKey;
  readonly #issuer: string;
  #loaded: LoadedKey | undefined;
  #fetching: Promise<LoadedKey> | undefined;
  #closed = false;

  /**
   * @param purpose - which `signing-keys/<purpose>` signs, e.g. `access`
   * @param ask - sends the fetch to the registry
   */
  constructor(purpose: string, ask: AskSigningKey, options: TokenSignerOptions = {}) {
    this.#purpose = purpose;
    this.#ask = ask;
    this.#issuer = options.issuer ?? 'redoubt';
  }

  /**
   * Signs `claims` as a JWT (EdDSA, `kid` in the header) with `iss`, `iat`, `exp` and a random `jti`.
   * @throws TokenRequestError (`INVALID_TOKEN_REQUEST`) for a reserved claim or a lifetime that is
   *   not a positive whole number of seconds
   * @throws ClosedError (`CLOSED`) after {@link close}
   * @throws RedoubtError from the registry when the key cannot be fetched
   */
  async sign(claims: JWTPayload = {}, options: SignOptions = {}): Promise<SignedToken> {
    for (const claim of RESERVED_CLAIMS) {
      if (claims[claim] !== undefined) {
        throw new TokenRequestError(`the "${claim}" claim is set by the signer, not the caller`, { field: claim });
      }
    }
    const { lifetimeMs } = options;
    if (lifetimeMs !== undefined && (!Number.isSafeInteger(lifetimeMs) || lifetimeMs < 1000)) {
      throw new TokenRequestError('lifetimeMs must be a whole number of milliseconds, at least 1000', {
        field: 'lifetimeMs',
      });
    }
    const loaded = await this.#key();
    const now = Date.now();
    const iat = Math.floor(now / 1000);
    const lifetime = Math.floor(Math.min(lifetimeMs ?? Infinity, loaded.maxTokenLifetimeMs) / 1000);
    const exp = iat + lifetime;
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'EdDSA', kid: loaded.kid, typ: 'JWT' })
      .setIssuer(this.#issuer)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .setJti(randomUUID())
      .sign(loaded.key);
    return { token, kid: loaded.kid, expiresAt: exp * 1000 };
  }

  /** The kid tokens are signed with now, fetching the key if needed. */
  async currentKid(): Promise<string> {
    return (await this.#key()).kid;
  }

  /** Drops the key (after an explicit rotation); the next {@link sign} fetches the current one. */
  forget(): void {
    this.#loaded = undefined;
  }

  /** Drops the key; later calls to {@link sign} are refused. Idempotent. */
  close(): void {
    this.#closed = true;
    this.#loaded = undefined;
  }

  async #key(): Promise<LoadedKey> {
    if (this.#closed) throw new ClosedError(`token signer for ${this.#purpose}`);
    const loaded = this.#loaded;
    const now = Date.now();
    if (loaded !== undefined && now < loaded.useUntil) {
      if (now >= loaded.refreshAt) void this.#fetch().catch(() => undefined);
      return loaded;
    }
    return this.#fetch();
  }

  /** One fetch at a time; callers arriving meanwhile share it. */
  #fetch(): Promise<LoadedKey> {
    this.#fetching ??= this.#fetchNow().finally(() => (this.#fetching = undefined));
    return this.#fetching;
  }

  async #fetchNow(): Promise<LoadedKey> {
    // The lease counts from before the ask, so this node's deadline is never later than the registry's.
    const asked = Date.now();
    const pair = newTransportKeyPair();
    let seed: Uint8Array | undefined;
    const der = new Uint8Array(ED25519_PKCS8_PREFIX.length + 32);
    try {
      const reply = await this.#ask(this.#purpose, {
        type: 'fetch',
        recipient: Buffer.from(pair.publicKey).toString('base64'),
      });
      seed = openFromSender(
        pair,
        Buffer.from(reply.sealed, 'base64'),
        signingTransportContext(this.#purpose, reply.kid),
      );
      if (seed.length !== 32 || Buffer.from(ed25519.getPublicKey(seed)).toString('base64url') !== reply.x) {
        throw new InternalError(
          `the registry sent a signing key for ${this.#purpose} that does not match its public key`,
        );
      }
      der.set(ED25519_PKCS8_PREFIX);
      der.set(seed, ED25519_PKCS8_PREFIX.length);
      const key = await webcrypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
      const loaded: LoadedKey = {
        kid: reply.kid,
        key,
        maxTokenLifetimeMs: reply.maxTokenLifetimeMs,
        refreshAt: asked + reply.leaseMs / 2,
        useUntil: asked + reply.leaseMs,
      };
      if (this.#closed) throw new ClosedError(`token signer for ${this.#purpose}`);
      this.#loaded = loaded;
      return loaded;
    } finally {
      seed?.fill(0);
      der.fill(0);
      pair.secretKey.fill(0);
    }
  }
}
