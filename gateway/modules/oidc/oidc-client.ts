/**
 * Talking to an OpenID Provider (openid-client): discovery (cached a few minutes per issuer,
 * client and CA), the authorization URL with PKCE (S256), state, nonce and acr_values, and the
 * code grant, which checks the state, the PKCE verifier at the provider, the ID token's signature,
 * issuer, audience, expiry and nonce. A provider with a private CA is reached through an undici
 * agent trusting that CA alone; every other is reached with the system's CAs. https only.
 */
import * as client from 'openid-client';
import { Agent, fetch as undiciFetch } from 'undici';
import type { OidcProviderConfig } from '../../../domain/oidc/index.js';

const DISCOVERY_TTL_MS = 5 * 60_000;
const TIMEOUT_MS = 10_000;
const SCOPE = 'openid email profile';

/** A failure to reach or use the provider, with what to check. */
export class ProviderUnreachable extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ProviderUnreachable';
  }
}

/** The provider refused the sign-in, or its answer failed a check; `reason` says which. */
export class ProviderRefusal extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderRefusal';
  }
}

/** What a finished sign-in says about the person. */
export interface ProviderIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly email: string;
  readonly emailVerified: boolean;
  readonly name: string;
  readonly acr: string;
  readonly amr: readonly string[];
}

export class OidcClients {
  readonly #configurations = new Map<string, { at: number; configuration: Promise<client.Configuration> }>();
  readonly #agents = new Map<string, Agent>();

  /** The provider's configuration (its discovery document). @throws ProviderUnreachable */
  async configuration(provider: OidcProviderConfig): Promise<client.Configuration> {
    const key = JSON.stringify([provider.issuer, provider.clientId, provider.clientSecret, provider.caPem]);
    const cached = this.#configurations.get(key);
    if (cached !== undefined && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.configuration;
    const configuration = this.#discover(provider);
    this.#configurations.set(key, { at: Date.now(), configuration });
    configuration.catch(() => this.#configurations.delete(key));
    return configuration;
  }

  async authorizationUrl(
    provider: OidcProviderConfig,
    request: { redirectUri: string; state: string; nonce: string; codeVerifier: string },
  ): Promise<string> {
    const configuration = await this.configuration(provider);
    return client
      .buildAuthorizationUrl(configuration, {
        redirect_uri: request.redirectUri,
        scope: SCOPE,
        response_type: 'code',
        state: request.state,
        nonce: request.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(request.codeVerifier),
        code_challenge_method: 'S256',
        ...(provider.acrValues.length === 0 ? {} : { acr_values: provider.acrValues.join(' ') }),
      })
      .toString();
  }

  /**
   * Redeems the code of `callbackUrl` and checks the ID token.
   * @throws ProviderRefusal (STATE_MISMATCH, PROVIDER_ERROR, CODE_REFUSED, ID_TOKEN_INVALID)
   * @throws ProviderUnreachable
   */
  async finish(
    provider: OidcProviderConfig,
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ProviderIdentity> {
    // Checked here too, for a precise reason: a callback of another sign-in is refused before the provider is asked.
    if (callbackUrl.searchParams.get('state') !== expected.state) {
      throw new ProviderRefusal('STATE_MISMATCH', 'the callback is not of this sign-in');
    }
    const configuration = await this.configuration(provider);
    let tokens;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        pkceCodeVerifier: expected.codeVerifier,
        idTokenExpected: true,
      });
    } catch (error) {
      throw refusalOf(error);
    }
    const claims = tokens.claims();
    if (claims === undefined) throw new ProviderRefusal('ID_TOKEN_INVALID', 'the provider sent no ID token');
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: text(claims['email']).trim().toLowerCase(),
      emailVerified: claims['email_verified'] === true,
      name: text(claims['name']).trim(),
      acr: text(claims.acr),
      amr: Array.isArray(claims.amr) ? claims.amr.filter((value) => typeof value === 'string') : [],
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.#agents.values()].map((agent) => agent.close()));
  }

  async #discover(provider: OidcProviderConfig): Promise<client.Configuration> {
    const fetchWith = this.#fetch(provider.caPem);
    try {
      return await client.discovery(
        new URL(provider.issuer),
        provider.clientId,
        { client_secret: provider.clientSecret },
        client.ClientSecretBasic(provider.clientSecret),
        { [client.customFetch]: fetchWith, timeout: TIMEOUT_MS / 1000 },
      );
    } catch (error) {
      throw new ProviderUnreachable(`the discovery document of ${provider.issuer} did not load (${describe(error)})`, {
        cause: error,
      });
    }
  }

  /** fetch trusting `caPem` alone, or the system's CAs when it is ''. */
  #fetch(caPem: string): client.CustomFetch {
    if (caPem === '') return (url, options) => fetch(url, options as RequestInit);
    let agent = this.#agents.get(caPem);
    if (agent === undefined) {
      agent = new Agent({ connect: { ca: caPem, minVersion: 'TLSv1.2' }, connectTimeout: TIMEOUT_MS });
      this.#agents.set(caPem, agent);
    }
    const dispatcher = agent;
    return (url, options) =>
      undiciFetch(url, { ...(options as object), dispatcher }) as unknown as ReturnType<client.CustomFetch>;
  }
}

function refusalOf(error: unknown): Error {
  if (error instanceof client.AuthorizationResponseError) {
    return new ProviderRefusal('PROVIDER_ERROR', `the provider refused the sign-in: ${error.error}`);
  }
  if (error instanceof client.ResponseBodyError) {
    return new ProviderRefusal('CODE_REFUSED', `the provider refused the code: ${error.error}`);
  }
  const code = (error as { code?: string }).code ?? '';
  const message = describe(error);
  if (code.startsWith('OAUTH_') || code === 'ERR_JWT_EXPIRED' || code.startsWith('ERR_JW')) {
    return new ProviderRefusal('ID_TOKEN_INVALID', `the provider's answer failed a check (${message})`);
  }
  return new ProviderUnreachable(`the provider could not be reached (${message})`, { cause: error });
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
