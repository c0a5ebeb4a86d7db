/**
 * The CA certificates a registry node trusts for node credentials: the internal CA's trust bundle
 * (current and rotated CA certificates), fetched from the `ca/cluster` entity and kept in memory.
 * It refreshes after `refreshMs`, and at once (at most every `minRefreshMs`) when a certificate
 * names an issuer it does not know, so a CA rotation is picked up without a restart.
 */
import { X509Certificate } from 'node:crypto';
import { RequestDeniedError } from '../../actors/index.js';
import type { CaCertificateReply } from '../ca/protocol.js';
import { splitPemCertificates } from '../ca/x509.js';

/** Asks the CA entity for its certificate and trust bundle. */
export type AskCaBundle = () => Promise<CaCertificateReply>;

/** Options of {@link CaTrust}. */
export interface CaTrustOptions {
  /** @default 60000 */
  readonly refreshMs?: number;
  /** @default 5000 */
  readonly minRefreshMs?: number;
}

/** The extended key usage a certificate needs to sign requests: TLS client authentication. */
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const CACHE_LIMIT = 256;

export class CaTrust {
  readonly #ask: AskCaBundle;
  readonly #refreshMs: number;
  readonly #minRefreshMs: number;
  #authorities: readonly X509Certificate[] = [];
  #fetchedAt = -Infinity;
  #fetching: Promise<void> | undefined;
  /** Certificates already verified against the bundle, by their base64 DER. */
  readonly #verified = new Map<string, X509Certificate>();

  constructor(ask: AskCaBundle, options: CaTrustOptions = {}) {
    this.#ask = ask;
    this.#refreshMs = options.refreshMs ?? 60_000;
    this.#minRefreshMs = options.minRefreshMs ?? 5_000;
  }

  /**
   * Parses a node's certificate and checks it: issued by a trusted CA, valid now, and allowed to
   * authenticate as a client.
   * @throws RequestDeniedError (`PERMISSION_DENIED`) with reason MALFORMED_CREDENTIAL,
   *   UNTRUSTED_CERTIFICATE, CERTIFICATE_EXPIRED or WRONG_KEY_USAGE
   */
  async verify(certificateBase64: string, now = Date.now()): Promise<X509Certificate> {
    let certificate = this.#verified.get(certificateBase64);
    if (certificate === undefined) {
      try {
        certificate = new X509Certificate(Buffer.from(certificateBase64, 'base64'));
      } catch {
        throw new RequestDeniedError('credential: cert is not a DER X.509 certificate', 'MALFORMED_CREDENTIAL');
      }
      if (Date.now() - this.#fetchedAt >= this.#refreshMs) await this.#refresh();
      if (!this.#issuedByTrusted(certificate)) {
        if (Date.now() - this.#fetchedAt >= this.#minRefreshMs) await this.#refresh();
        if (!this.#issuedByTrusted(certificate)) {
          throw new RequestDeniedError('the certificate is not from the internal CA', 'UNTRUSTED_CERTIFICATE');
        }
      }
      if (!(certificate.keyUsage ?? []).includes(CLIENT_AUTH)) {
        throw new RequestDeniedError(
          'the certificate may not authenticate a client (no clientAuth)',
          'WRONG_KEY_USAGE',
        );
      }
      if (this.#verified.size >= CACHE_LIMIT) this.#verified.clear();
      this.#verified.set(certificateBase64, certificate);
    }
    if (now < Date.parse(certificate.validFrom) || now > Date.parse(certificate.validTo)) {
      throw new RequestDeniedError(
        `the certificate is not valid now (until ${certificate.validTo})`,
        'CERTIFICATE_EXPIRED',
      );
    }
    return certificate;
  }

  #issuedByTrusted(certificate: X509Certificate): boolean {
    return this.#authorities.some(
      (authority) => certificate.checkIssued(authority) && certificate.verify(authority.publicKey),
    );
  }

  /** One fetch at a time; a failed one leaves the old bundle in place and says why. */
  #refresh(): Promise<void> {
    this.#fetching ??= (async () => {
      try {
        const reply = await this.#ask();
        this.#authorities = splitPemCertificates(reply.bundle).map((pem) => new X509Certificate(pem));
        this.#fetchedAt = Date.now();
        // A rotated-out CA may have left the bundle: verify again from now on.
        this.#verified.clear();
      } catch (error) {
        if (this.#authorities.length === 0) {
          throw new RequestDeniedError('the internal CA is not available to check the certificate', 'NO_CA', {
            cause: error,
          });
        }
      } finally {
        this.#fetching = undefined;
      }
    })();
    return this.#fetching;
  }
}
