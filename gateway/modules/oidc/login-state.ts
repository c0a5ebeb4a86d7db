/**
 * The state of a sign-in between StartOidcLogin and FinishOidcLogin, kept by nobody: the client
 * carries it, sealed (XChaCha20-Poly1305, @noble/ciphers) under a key derived from the platform's
 * name key, so it can neither read the PKCE verifier and nonce nor change the org, provider,
 * redirect or account to link. It expires after 10 minutes, and the org's entity spends it once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';

/** How long a sign-in may take at the provider. */
export const LOGIN_STATE_MS = 10 * 60_000;
const NONCE_BYTES = 24;
const AAD = new TextEncoder().encode('redoubt oidc login state v1');

export interface LoginState {
  readonly orgId: string;
  readonly providerId: string;
  readonly redirectUri: string;
  /** PKCE's code verifier. */
  readonly codeVerifier: string;
  /** The `state` parameter sent to the provider. */
  readonly state: string;
  readonly nonce: string;
  readonly expiresAt: number;
  /** The account the identity is to be linked to ('' for a sign-in). */
  readonly linkAccountId: string;
}

export class LoginStates {
  /** @param key - 32 bytes as hex, read at each use (it comes with the registry's keys) */
  constructor(private readonly key: () => string) {}

  seal(state: LoginState): string {
    const nonce = randomBytes(NONCE_BYTES);
    const plain = new TextEncoder().encode(JSON.stringify(state));
    const sealed = xchacha20poly1305(this.#key(), nonce, AAD).encrypt(plain);
    return Buffer.concat([nonce, sealed]).toString('base64url');
  }

  /** The state, if it is one of ours and unchanged (expiry is the caller's to check); else undefined. */
  open(text: string): LoginState | undefined {
    const bytes = Buffer.from(text, 'base64url');
    if (bytes.length <= NONCE_BYTES + 16) return undefined;
    try {
      const plain = xchacha20poly1305(this.#key(), bytes.subarray(0, NONCE_BYTES), AAD).decrypt(
        bytes.subarray(NONCE_BYTES),
      );
      return JSON.parse(new TextDecoder().decode(plain)) as LoginState;
    } catch {
      return undefined;
    }
  }

  /** What the org's entity spends: a hash, so the state itself is never stored. */
  static hash(text: string): string {
    return createHash('sha256').update(text).digest('hex');
  }

  #key(): Uint8Array {
    return Buffer.from(this.key(), 'hex');
  }
}
