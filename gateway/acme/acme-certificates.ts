/**
 * The gateway's public certificate from an ACME CA (Let's Encrypt, or any RFC 8555 CA): the
 * account and every certificate are kept in the registry's `acme` entity, so all gateways serve
 * the same certificate and renew it once between them; each gateway renews after two thirds of
 * the lifetime (with jitter), adopting a certificate another gateway renewed first, and hands the
 * new one to its TLS servers without a restart. The internal CA stays for nodes and NATS.
 *
 * Configuring a directory agrees to its CA's terms of service, as certbot's `--agree-tos` does.
 */
import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { Agent } from 'node:https';
import * as acmeClient from 'acme-client';
import type { Logger } from 'pino';
import { RedoubtError } from '../../actors/index.js';
import type { AcmeStore, HeldCertificate } from './acme-store.js';

export type AcmeChallenge = 'http-01' | 'tls-alpn-01';

export interface AcmeOptions {
  /** The CA's ACME directory, e.g. https://acme-v02.api.letsencrypt.org/directory */
  readonly directoryUrl: string;
  /** The DNS names of the certificate; the first is its common name. */
  readonly names: readonly string[];
  /** Contact address the CA may write to about the account (expiry, incidents). */
  readonly email?: string;
  readonly challenge: AcmeChallenge;
  /** PEM certificates trusted for the directory's HTTPS beside the system's (a test CA such as pebble's). */
  readonly directoryCa?: string;
  /**
   * Renew after this fraction of the lifetime.
   * @default 2/3
   */
  readonly renewAfter?: number;
  /**
   * Wait about this long before trying again after a failed renewal.
   * @default 60000
   */
  readonly retryMs?: number;
  /** @default Date.now */
  readonly now?: () => number;
}

/** How long a challenge stays answerable: an order that takes longer has failed. */
const CHALLENGE_TTL_MS = 600_000;
/** Longest sleep between checks: a certificate another gateway renewed is adopted within this. */
const LONGEST_WAIT_MS = 6 * 3_600_000;

export class AcmeCertificates {
  readonly #store: AcmeStore;
  readonly #options: AcmeOptions;
  readonly #onCertificate: (certificate: HeldCertificate) => void;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #renewAfter: number;
  #current: HeldCertificate;
  #renewing: Promise<boolean> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  private constructor(
    store: AcmeStore,
    options: AcmeOptions,
    current: HeldCertificate,
    onCertificate: (certificate: HeldCertificate) => void,
    log: Logger,
  ) {
    this.#store = store;
    this.#options = options;
    this.#current = current;
    this.#onCertificate = onCertificate;
    this.#log = log;
    this.#now = options.now ?? Date.now;
    this.#renewAfter = options.renewAfter ?? 2 / 3;
  }

  /**
   * Serves the kept certificate when it is still valid, or has one issued first, then keeps it
   * renewed.
   * @param onCertificate - called with each renewed certificate (not the first)
   * @throws AcmeError (`ACME_FAILED`) when no certificate could be had
   */
  static async start(
    store: AcmeStore,
    options: AcmeOptions,
    onCertificate: (certificate: HeldCertificate) => void,
    log: Logger,
  ): Promise<AcmeCertificates> {
    if (options.directoryCa !== undefined) {
      // acme-client speaks through one shared axios instance: this process talks to one CA.
      acmeClient.axios.defaults.httpsAgent = new Agent({ ca: [...rootCertificates, options.directoryCa] });
    }
    const now = options.now ?? Date.now;
    const kept = await store.certificate(options.names);
    const first =
      kept !== undefined && kept.notAfter > now() ? kept : await issue(store, options, log).catch(failed(options));
    const certificates = new AcmeCertificates(store, options, first, onCertificate, log);
    certificates.#schedule();
    return certificates;
  }

  /** The certificate served now. */
  get current(): HeldCertificate {
    return this.#current;
  }

  /**
   * Renews the certificate when two thirds of its lifetime have passed: adopts the kept one when
   * another gateway already renewed it, or has a new one issued.
   * @returns whether the served certificate changed
   * @throws AcmeError (`ACME_FAILED`) when the CA refused or could not be reached
   */
  renewIfDue(): Promise<boolean> {
    return (this.#renewing ??= this.#renew().finally(() => (this.#renewing = undefined)));
  }

  async #renew(): Promise<boolean> {
    if (!this.#due(this.#current)) return false;
    const kept = await this.#store.certificate(this.#options.names);
    const next =
      kept !== undefined && !this.#due(kept)
        ? kept
        : await issue(this.#store, this.#options, this.#log).catch(failed(this.#options));
    if (next.cert === this.#current.cert) return false;
    this.#current = next;
    this.#onCertificate(next);
    return true;
  }

  #due(certificate: HeldCertificate): boolean {
    return this.#now() >= renewalTime(certificate, this.#renewAfter);
  }

  #schedule(delay?: number): void {
    if (this.#closed) return;
    const untilDue = renewalTime(this.#current, this.#renewAfter) - this.#now();
    const wait = delay ?? Math.min(Math.max(untilDue, 0), LONGEST_WAIT_MS) * (0.9 + Math.random() / 10);
    this.#timer = setTimeout(() => {
      this.renewIfDue().then(
        () => this.#schedule(),
        (error: unknown) => {
          this.#log.warn({ err: error }, 'ACME renewal failed; trying again');
          this.#schedule((this.#options.retryMs ?? 60_000) * (0.5 + Math.random()));
        },
      );
    }, wait);
    this.#timer.unref();
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
  }
}

/** The ACME CA refused a certificate, or could not be reached. */
export class AcmeError extends RedoubtError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ACME_FAILED', message, { retryable: true, ...options });
    this.name = 'AcmeError';
  }
}

function failed(options: AcmeOptions): (error: unknown) => never {
  return (error) => {
    throw new AcmeError(
      `no certificate for ${options.names.join(', ')} from ${options.directoryUrl}: ${(error as Error).message}`,
      { cause: error },
    );
  };
}

/** When a certificate is due for renewal: after `fraction` of its lifetime. */
function renewalTime(certificate: HeldCertificate, fraction: number): number {
  const notBefore = Date.parse(new X509Certificate(certificate.cert).validFrom);
  return notBefore + fraction * (certificate.notAfter - notBefore);
}

/** Has a certificate issued (registering the account first when none is kept) and keeps it. */
async function issue(store: AcmeStore, options: AcmeOptions, log: Logger): Promise<HeldCertificate> {
  const { names, challenge } = options;
  const client = await accountClient(store, options);
  const key = await acmeClient.crypto.createPrivateEcdsaKey();
  const [, csr] = await acmeClient.crypto.createCsr({ commonName: names[0]!, altNames: [...names] }, key);
  const started = Date.now();
  const cert = await client.auto({
    csr,
    termsOfServiceAgreed: true,
    // The CA's own check is the one that counts; a gateway behind NAT may not reach itself.
    skipChallengeVerification: true,
    challengePriority: [challenge],
    challengeCreateFn: async (authz, offered, keyAuthorization) => {
      if (offered.type === 'http-01') {
        await store.putHttpChallenge(offered.token, keyAuthorization, CHALLENGE_TTL_MS);
      } else {
        const [alpnKey, alpnCert] = await acmeClient.crypto.createAlpnCertificate(authz, keyAuthorization);
        await store.putAlpnChallenge(authz.identifier.value, alpnCert.toString(), alpnKey.toString(), CHALLENGE_TTL_MS);
      }
    },
    challengeRemoveFn: async (authz, offered) => {
      await store.dropChallenge(
        offered.type === 'http-01' ? { token: offered.token } : { domain: authz.identifier.value },
      );
    },
  });
  await store.saveCertificate(names, cert, key.toString());
  key.fill(0);
  // What the registry keeps: when two gateways raced, the later certificate of the two.
  const kept = await store.certificate(names);
  if (kept === undefined) throw new Error('the registry did not keep the certificate');
  log.info(
    { names, notAfter: new Date(kept.notAfter).toISOString(), ms: Date.now() - started, challenge },
    'ACME certificate issued',
  );
  return kept;
}

/** A client of the account kept for this directory, registering one when there is none yet. */
async function accountClient(store: AcmeStore, options: AcmeOptions): Promise<acmeClient.Client> {
  const { directoryUrl, email } = options;
  const held = await store.account(directoryUrl);
  if (held !== undefined) return new acmeClient.Client({ directoryUrl, accountKey: held.key, accountUrl: held.url });
  const accountKey = await acmeClient.crypto.createPrivateEcdsaKey();
  const client = new acmeClient.Client({ directoryUrl, accountKey });
  await client.createAccount({
    termsOfServiceAgreed: true,
    ...(email === undefined ? {} : { contact: [`mailto:${email}`] }),
  });
  try {
    await store.saveAccount(directoryUrl, client.getAccountUrl(), accountKey.toString());
  } catch (error) {
    // Another gateway registered first: use its account.
    if (error instanceof RedoubtError && error.details['reason'] === 'ACCOUNT_EXISTS')
      return accountClient(store, options);
    throw error;
  }
  return client;
}
