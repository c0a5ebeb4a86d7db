/** The state of a `signing-keys/<purpose>` entity and its fold. */
import type { SigningKeysEvent } from './protocol.js';

/** How long a key signs before `fetch` replaces it. */
export const DEFAULT_ROTATION_PERIOD_MS = 24 * 60 * 60_000;
/** The longest lifetime of a token. */
export const DEFAULT_MAX_TOKEN_LIFETIME_MS = 60 * 60_000;

/** One key as the entity keeps it. */
export interface SigningKeyRecord {
  readonly kid: string;
  /** base64url public key. */
  readonly x: string;
  /** base64 private key; only the current key keeps it. */
  readonly seed?: string;
  readonly createdAt: number;
  readonly retiredAt?: number;
  /** The longest token lifetime in force while this key was current (bounds its tokens' expiry). */
  readonly lifetimeMs: number;
}

/** The keys of one purpose and its settings. */
export interface SigningKeysState {
  /** Oldest first; the current key is the last. */
  readonly keys: readonly SigningKeyRecord[];
  /** kid of the current key; '' before the first. */
  readonly current: string;
  readonly rotationPeriodMs: number;
  readonly maxTokenLifetimeMs: number;
}

export function initialSigningKeys(): SigningKeysState {
  return {
    keys: [],
    current: '',
    rotationPeriodMs: DEFAULT_ROTATION_PERIOD_MS,
    maxTokenLifetimeMs: DEFAULT_MAX_TOKEN_LIFETIME_MS,
  };
}

export function evolveSigningKeys(state: SigningKeysState, event: SigningKeysEvent): SigningKeysState {
  switch (event.type) {
    case 'keyCreated':
    case 'keyRotated': {
      const created: SigningKeyRecord = {
        kid: event.kid,
        x: event.x,
        seed: event.seed,
        createdAt: event.at,
        lifetimeMs: state.maxTokenLifetimeMs,
      };
      const keys = state.keys.map((key) =>
        key.kid === state.current
          ? { kid: key.kid, x: key.x, createdAt: key.createdAt, retiredAt: event.at, lifetimeMs: key.lifetimeMs }
          : key,
      );
      return { ...state, keys: [...keys, created], current: event.kid };
    }
    case 'keysDropped':
      return { ...state, keys: state.keys.filter((key) => !event.kids.includes(key.kid)) };
    case 'configured':
      return {
        ...state,
        rotationPeriodMs: event.rotationPeriodMs,
        maxTokenLifetimeMs: event.maxTokenLifetimeMs,
        // Tokens signed before the change may still live as long as the old limit allowed.
        keys: state.keys.map((key) =>
          key.kid === state.current ? { ...key, lifetimeMs: Math.max(key.lifetimeMs, event.maxTokenLifetimeMs) } : key,
        ),
      };
  }
}
