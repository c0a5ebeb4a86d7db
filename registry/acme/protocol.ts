/**
 * The `acme/<account>` entity keeps what every gateway of the platform shares about its public
 * certificates from an ACME CA (Let's Encrypt): the account key and URL, the certificates with
 * their keys, and the challenges being answered. Any gateway can then serve the current
 * certificate and answer a challenge that another gateway started. Private keys leave it only
 * sealed to a one-time X25519 key of the asking process (see keyset/key-transport.ts); at rest
 * they are sealed under the master key like all registry data, and a replaced key's history is
 * erased.
 */

/** The id of the account gateways use unless told otherwise. */
export const DEFAULT_ACME_ACCOUNT = 'default';

/** The longest a challenge stays answerable: an order that has not finished by then failed. */
export const MAX_CHALLENGE_TTL_MS = 3_600_000;

export type AcmeCommand =
  /** The account for a directory, its key sealed to `recipient`. */
  | { readonly type: 'account'; readonly directoryUrl: string; readonly recipient: string }
  /** Keep a registered account: its URL at the CA and its private key (PKCS#8 PEM). */
  | { readonly type: 'saveAccount'; readonly directoryUrl: string; readonly url: string; readonly key: string }
  /** The certificate for exactly these names, its key sealed to `recipient`. */
  | { readonly type: 'certificate'; readonly names: readonly string[]; readonly recipient: string }
  /** Keep an issued certificate (PEM chain) and its private key, replacing the one for the same names. */
  | { readonly type: 'saveCertificate'; readonly names: readonly string[]; readonly cert: string; readonly key: string }
  /** Answer `http://<name>/.well-known/acme-challenge/<token>` with `keyAuthorization` for `ttlMs`. */
  | {
      readonly type: 'putHttpChallenge';
      readonly token: string;
      readonly keyAuthorization: string;
      readonly ttlMs: number;
    }
  /** Present this certificate to TLS connections for `domain` with ALPN `acme-tls/1` for `ttlMs`. */
  | {
      readonly type: 'putAlpnChallenge';
      readonly domain: string;
      readonly cert: string;
      readonly key: string;
      readonly ttlMs: number;
    }
  | { readonly type: 'dropChallenge'; readonly token?: string; readonly domain?: string }
  | { readonly type: 'httpChallenge'; readonly token: string }
  | { readonly type: 'alpnChallenge'; readonly domain: string };

export type AcmeEvent =
  | { readonly type: 'accountSaved'; readonly directoryUrl: string; readonly url: string; readonly key: string }
  | {
      readonly type: 'certificateSaved';
      readonly names: readonly string[];
      readonly cert: string;
      readonly key: string;
      readonly notAfter: number;
      readonly at: number;
    }
  | {
      readonly type: 'httpChallengePut';
      readonly token: string;
      readonly keyAuthorization: string;
      readonly expiresAt: number;
    }
  | {
      readonly type: 'alpnChallengePut';
      readonly domain: string;
      readonly cert: string;
      readonly key: string;
      readonly expiresAt: number;
    }
  | { readonly type: 'challengeDropped'; readonly token?: string; readonly domain?: string };

export interface AcmeAccountReply {
  readonly account: { readonly directoryUrl: string; readonly url: string; readonly sealedKey: string } | null;
}

export interface AcmeCertificateReply {
  readonly certificate: {
    readonly names: readonly string[];
    readonly cert: string;
    readonly notAfter: number;
    readonly issuedAt: number;
    /** base64 of the PKCS#8 PEM key sealed to the recipient. */
    readonly sealedKey: string;
  } | null;
}

export interface HttpChallengeReply {
  readonly keyAuthorization: string | null;
}

/** A TLS-ALPN-01 challenge certificate: self-signed, throwaway, public in effect. */
export interface AlpnChallengeReply {
  readonly challenge: { readonly cert: string; readonly key: string } | null;
}

export type AcmeReply =
  AcmeAccountReply | AcmeCertificateReply | HttpChallengeReply | AlpnChallengeReply | Record<string, never>;
