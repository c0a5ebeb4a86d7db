/**
 * The internal CA: one `ca/<id>` entity (the cluster's is `ca/cluster`) holds a P-256 CA key and
 * its self-signed certificate, and issues short-lived certificates from nodes' signing requests.
 * Its events carry the CA key; the registry seals them under the master key like all its data.
 */
import type { CertificateRole } from './x509.js';

export type CaCommand =
  /** Make the CA key and certificate; answers the existing CA when there is one (idempotent). */
  | { readonly type: 'init' }
  | {
      /** Issue a certificate for the key and names of a PKCS#10 request. */
      readonly type: 'issue';
      /** The request, PEM (`CERTIFICATE REQUEST`), P-256 key, ECDSA-SHA256 signature. */
      readonly csr: string;
      /** What the certificate is for; `node` gives both serverAuth and clientAuth. */
      readonly role: CertificateRole;
      /**
       * Lifetime in milliseconds, within [{@link MIN_CERT_LIFETIME_MS}, {@link MAX_CERT_LIFETIME_MS}].
       * @default 86400000 (24 h)
       */
      readonly lifetimeMs?: number;
    }
  /** The CA certificate and the trust bundle, for nats-server's `ca_file` and clients' `ca`. */
  | { readonly type: 'certificate' }
  /** Make a new CA key; the old CA certificate stays in the trust bundle while its certificates live. */
  | { readonly type: 'rotate' };

export type CaEvent =
  | {
      readonly type: 'caCreated' | 'caRotated';
      readonly generation: number;
      /** base64 of the 32-byte P-256 secret key. */
      readonly key: string;
      /** The self-signed CA certificate, PEM. */
      readonly certificate: string;
      readonly notAfter: number;
      readonly at: number;
    }
  | {
      /** An audit record of an issued certificate: no key, only what it names. */
      readonly type: 'certificateIssued';
      readonly serial: string;
      readonly generation: number;
      readonly role: CertificateRole;
      readonly commonName: string | undefined;
      readonly dnsNames: readonly string[];
      readonly ipAddresses: readonly string[];
      readonly notBefore: number;
      readonly notAfter: number;
      readonly at: number;
    };

/** The CA as clients need it. */
export interface CaCertificateReply {
  readonly generation: number;
  /** The current CA certificate, PEM. */
  readonly certificate: string;
  /** Every CA certificate to trust (current first, then rotated ones still vouching for live certificates), PEM. */
  readonly bundle: string;
  readonly notAfter: number;
  /** Whether this `init` made the CA (false when it existed). */
  readonly created?: boolean;
}

export interface IssueReply {
  /** The new certificate, PEM. */
  readonly certificate: string;
  /** The certificate followed by the CA certificate that signed it, PEM. */
  readonly chain: string;
  /** The trust bundle, PEM (as in {@link CaCertificateReply.bundle}). */
  readonly ca: string;
  /** Serial number, hex. */
  readonly serial: string;
  readonly notBefore: number;
  readonly notAfter: number;
}

export type CaReply = CaCertificateReply | IssueReply;

/** The id of the cluster's CA entity (`ca/cluster`). */
export const CLUSTER_CA_ID = 'cluster';
/** Shortest certificate lifetime the CA issues: 1 s (tests use seconds; production hours). */
export const MIN_CERT_LIFETIME_MS = 1_000;
/** Longest certificate lifetime the CA issues: 30 days. */
export const MAX_CERT_LIFETIME_MS = 30 * 24 * 3600 * 1000;
/** Lifetime of an issued certificate when the request names none: 24 h. */
export const DEFAULT_CERT_LIFETIME_MS = 24 * 3600 * 1000;
/** Lifetime of a CA certificate: 5 years (rotate it sooner with `rotate`). */
export const CA_LIFETIME_MS = 5 * 365 * 24 * 3600 * 1000;
/** How far back notBefore is set, for clocks that run behind the registry's. */
export const CLOCK_SKEW_MS = 60_000;
