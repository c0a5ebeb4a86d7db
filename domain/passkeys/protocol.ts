/** The commands, events, replies and state of an account's passkeys (`passkeys/acc_…`). */

/** A WebAuthn credential of the account, as verified at registration. */
export interface StoredPasskey {
  /** The credential id, base64url (as the authenticator names it). */
  readonly id: string;
  /** The COSE public key, base64url. */
  readonly publicKey: string;
  /** The signature counter last seen; 0 for authenticators that keep none (synced passkeys). */
  readonly counter: number;
  /** "singleDevice" (a security key: its counter must grow) or "multiDevice" (a synced passkey). */
  readonly deviceType: 'singleDevice' | 'multiDevice';
  readonly backedUp: boolean;
  /** How the browser may reach it ("usb", "internal", "hybrid", …). */
  readonly transports: readonly string[];
  /** The authenticator model's AAGUID (all zeros when the authenticator keeps it private). */
  readonly aaguid: string;
  readonly name: string;
  readonly createdAt: number;
  /** 0 until first used. */
  readonly lastUsedAt: number;
  /** Assertions refused because the counter did not grow (a cloned authenticator). */
  readonly clonesRefused: number;
}

/** What the gateway learnt from a verified registration. */
export type NewPasskey = Omit<StoredPasskey, 'createdAt' | 'lastUsedAt' | 'clonesRefused'>;

export type PasskeysCommand =
  /** Draw a registration challenge (single use, 5 minutes); the reply names the credentials to exclude. */
  | { readonly type: 'startRegistration' }
  /** Add a credential whose registration the gateway verified against `challenge`, which is spent. */
  | { readonly type: 'register'; readonly challenge: string; readonly passkey: NewPasskey }
  /**
   * Record a verified assertion: its challenge (a keyed hash, until it expires) may not be used
   * again, and a device-bound key's counter must have grown.
   */
  | {
      readonly type: 'authenticate';
      readonly id: string;
      readonly counter: number;
      readonly challengeHash: string;
      readonly challengeExpiresAt: number;
    }
  | { readonly type: 'rename'; readonly id: string; readonly name: string }
  | { readonly type: 'remove'; readonly id: string }
  /** The credential's public key and counter, for verifying an assertion. */
  | { readonly type: 'credential'; readonly id: string }
  /** The pending registration challenge (the gateway verifies against it). */
  | { readonly type: 'pendingRegistration' }
  | { readonly type: 'list' };

export type PasskeysEvent =
  | {
      readonly type: 'registrationStarted';
      readonly challenge: string;
      readonly expiresAt: number;
      readonly at: number;
    }
  | { readonly type: 'registered'; readonly passkey: NewPasskey; readonly at: number }
  | {
      readonly type: 'used';
      readonly id: string;
      readonly counter: number;
      readonly challengeHash: string;
      readonly challengeExpiresAt: number;
      readonly at: number;
    }
  /** An assertion whose counter did not grow: a cloned authenticator, refused. */
  | { readonly type: 'counterReplayed'; readonly id: string; readonly counter: number; readonly at: number }
  | { readonly type: 'renamed'; readonly id: string; readonly name: string; readonly at: number }
  | { readonly type: 'removed'; readonly id: string; readonly at: number };

export interface PasskeysState {
  readonly passkeys: readonly StoredPasskey[];
  readonly registration: { readonly challenge: string; readonly expiresAt: number } | undefined;
  /** Challenges of assertions accepted, until they expire: each works once. */
  readonly spent: readonly { readonly hash: string; readonly expiresAt: number }[];
}

/** Why an assertion was refused. */
export type PasskeyRefusal = 'CHALLENGE_REUSED' | 'COUNTER_REPLAYED' | 'UNKNOWN_PASSKEY';

/** A passkey as listed: no key material. */
export type PasskeySummary = Omit<StoredPasskey, 'publicKey' | 'counter'>;

export type PasskeysReply =
  | { readonly challenge: string; readonly exclude: readonly { id: string; transports: readonly string[] }[] }
  | { readonly challenge: string; readonly expiresAt: number }
  | { readonly ok: true; readonly passkey?: PasskeySummary }
  | { readonly ok: false; readonly reason: PasskeyRefusal }
  | { readonly passkey: StoredPasskey }
  | { readonly passkeys: readonly PasskeySummary[] };

/** How long a registration challenge works. */
export const REGISTRATION_MS = 5 * 60_000;
/** How many passkeys an account may hold. */
export const MAX_PASSKEYS = 20;
