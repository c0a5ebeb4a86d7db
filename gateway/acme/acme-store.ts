/**
 * The gateway's side of the registry's `acme` entity: every private key it takes arrives sealed
 * to a one-time X25519 key of this process and is opened here, in memory only.
 */
import type { EntityClient } from '../../actors/index.js';
import { acme, acmeSealContext, newTransportKeyPair, openFromSender } from '../../registry/index.js';
import type {
  AcmeAccountReply,
  AcmeCertificateReply,
  AcmeCommand,
  AlpnChallengeReply,
  HttpChallengeReply,
} from '../../registry/index.js';

/** A certificate with its key, PEM. */
export interface HeldCertificate {
  readonly cert: string;
  readonly key: string;
  readonly notAfter: number;
  readonly issuedAt: number;
}

export class AcmeStore {
  readonly #registry: EntityClient;
  readonly #account: string;
  /** This process's transport key: the registry seals every private key it hands over to it. */
  readonly #pair = newTransportKeyPair();

  /** @param account - the id of the `acme` entity (one per ACME account the platform uses) */
  constructor(registry: EntityClient, account: string) {
    this.#registry = registry;
    this.#account = account;
  }

  #ask(command: AcmeCommand): Promise<unknown> {
    return this.#registry.ask(acme, this.#account, command);
  }

  #open(sealed: string): string {
    return new TextDecoder().decode(
      openFromSender(this.#pair, Buffer.from(sealed, 'base64'), acmeSealContext(this.#account)),
    );
  }

  #recipient(): string {
    return Buffer.from(this.#pair.publicKey).toString('base64');
  }

  /** The account kept for this directory: its URL and key. */
  async account(directoryUrl: string): Promise<{ url: string; key: string } | undefined> {
    const { account } = (await this.#ask({
      type: 'account',
      directoryUrl,
      recipient: this.#recipient(),
    })) as AcmeAccountReply;
    return account === null ? undefined : { url: account.url, key: this.#open(account.sealedKey) };
  }

  async saveAccount(directoryUrl: string, url: string, key: string): Promise<void> {
    await this.#ask({ type: 'saveAccount', directoryUrl, url, key });
  }

  async certificate(names: readonly string[]): Promise<HeldCertificate | undefined> {
    const { certificate } = (await this.#ask({
      type: 'certificate',
      names,
      recipient: this.#recipient(),
    })) as AcmeCertificateReply;
    if (certificate === null) return undefined;
    const { cert, notAfter, issuedAt, sealedKey } = certificate;
    return { cert, notAfter, issuedAt, key: this.#open(sealedKey) };
  }

  async saveCertificate(names: readonly string[], cert: string, key: string): Promise<void> {
    await this.#ask({ type: 'saveCertificate', names, cert, key });
  }

  async putHttpChallenge(token: string, keyAuthorization: string, ttlMs: number): Promise<void> {
    await this.#ask({ type: 'putHttpChallenge', token, keyAuthorization, ttlMs });
  }

  async putAlpnChallenge(domain: string, cert: string, key: string, ttlMs: number): Promise<void> {
    await this.#ask({ type: 'putAlpnChallenge', domain, cert, key, ttlMs });
  }

  async dropChallenge(which: { token: string } | { domain: string }): Promise<void> {
    await this.#ask({ type: 'dropChallenge', ...which });
  }

  async httpChallenge(token: string): Promise<string | undefined> {
    const { keyAuthorization } = (await this.#ask({ type: 'httpChallenge', token })) as HttpChallengeReply;
    return keyAuthorization ?? undefined;
  }

  async alpnChallenge(domain: string): Promise<{ cert: string; key: string } | undefined> {
    const { challenge } = (await this.#ask({ type: 'alpnChallenge', domain })) as AlpnChallengeReply;
    return challenge ?? undefined;
  }
}
