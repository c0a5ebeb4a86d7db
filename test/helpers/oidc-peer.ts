/**
 * A real OpenID Provider for tests (`oidc-provider`, in the test process): HTTPS on a free loopback
 * port with a CA of its own, one confidential client, PKCE required, `acr` values, and people the
 * test defines. Who signs in, with which `acr` and `amr`, is what the test sets before it follows
 * an authorization URL: the provider's login and consent steps are answered by the helper, the
 * way its own interaction pages would (`interactionFinished`), so that no browser is needed.
 * {@link OidcPeer.follow} plays the browser: it follows the redirects, with cookies, until the
 * provider sends it back to the client's redirect URI, and returns that URL.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { Agent, fetch } from 'undici';
import { ownCaCertificate } from './stranger-ca.js';

export interface OidcPerson {
  readonly sub: string;
  readonly email: string;
  readonly emailVerified?: boolean;
  readonly name?: string;
}

/** How the next sign-in at the provider goes. */
export interface OidcSignIn {
  readonly sub: string;
  /** @default "urn:redoubt:test:pwd" */
  readonly acr?: string;
  /** @default ["pwd"] */
  readonly amr?: readonly string[];
}

export interface OidcPeer extends AsyncDisposable {
  /** `https://127.0.0.1:PORT`. */
  readonly issuer: string;
  /** PEM of the CA that signed the provider's certificate. */
  readonly ca: string;
  /** The provider's own certificate, then its CA (PEM). */
  readonly certificate: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The acr values the provider knows. */
  readonly acrValues: readonly string[];
  /** The User-Agent of each request to the authorization endpoint, oldest first. */
  readonly authorizationAgents: readonly string[];
  /** Adds (or replaces) a person the provider knows. */
  person(person: OidcPerson): void;
  /** Sets who signs in next, with which acr and amr. */
  signIn(next: OidcSignIn): void;
  /**
   * Follows an authorization URL as a browser would, until the provider redirects to a URL that
   * starts with `redirectUri`. @returns that URL (with `code` and `state`, or `error`)
   */
  follow(authorizationUrl: string, redirectUri: string): Promise<string>;
}

export const ACR_PASSWORD = 'urn:redoubt:test:pwd';
export const ACR_MFA = 'urn:redoubt:test:mfa';

/** Starts a provider whose one client may redirect to `redirectUris`. */
export async function startOidcPeer(redirectUris: readonly string[]): Promise<OidcPeer> {
  const tls = ownCaCertificate(
    { commonName: '127.0.0.1', dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] },
    'server',
  );
  const server = createServer({ key: tls.key, cert: tls.cert, minVersion: 'TLSv1.2' });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const issuer = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'redoubt-test';
  const clientSecret = randomBytes(32).toString('base64url');
  const people = new Map<string, OidcPerson>();
  let next: OidcSignIn | undefined;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [...redirectUris],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    acrValues: [ACR_PASSWORD, ACR_MFA],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The ID token carries the claims, as most providers do for the code flow's first login.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    // Its own signing key (RS256, what clients expect by default), fresh per provider.
    jwks: {
      keys: [
        {
          ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
          kid: 'test',
          use: 'sig',
        },
      ],
    },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      return person === undefined
        ? undefined
        : {
            accountId: sub,
            claims: () => ({
              sub,
              email: person.email,
              email_verified: person.emailVerified ?? true,
              ...(person.name === undefined ? {} : { name: person.name }),
            }),
          };
    },
  });

  const authorizationAgents: string[] = [];
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/auth?') === true) authorizationAgents.push(req.headers['user-agent'] ?? '');
    const interaction = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (interaction === null) {
      void provider.callback()(req, res);
      return;
    }
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        const signIn = next;
        if (signIn === undefined) throw new Error('the test set no sign-in (OidcPeer.signIn)');
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: signIn.sub, acr: signIn.acr ?? ACR_PASSWORD, amr: [...(signIn.amr ?? ['pwd'])] } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId });
      grant.addOIDCScope(String(details.params['scope']));
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  const agent = new Agent({ connect: { ca: tls.ca } });
  return {
    issuer,
    ca: tls.ca,
    certificate: tls.cert,
    authorizationAgents,
    clientId,
    clientSecret,
    acrValues: [ACR_PASSWORD, ACR_MFA],
    person: (person) => void people.set(person.sub, person),
    signIn: (signIn) => void (next = signIn),
    async follow(authorizationUrl, redirectUri) {
      const cookies = new Map<string, string>();
      let url = authorizationUrl;
      for (let hops = 0; hops < 20; hops++) {
        if (url.startsWith(redirectUri)) return url;
        const response = await fetch(url, {
          redirect: 'manual',
          dispatcher: agent,
          headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
        });
        for (const header of response.headers.getSetCookie()) {
          const [pair] = header.split(';');
          const at = pair!.indexOf('=');
          cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
        }
        const location = response.headers.get('location');
        if (location === null) {
          throw new Error(
            `the provider answered ${response.status} without a redirect: ${(await response.text()).slice(0, 500)}`,
          );
        }
        url = new URL(location, url).toString();
      }
      throw new Error('more than 20 redirects');
    },
    async [Symbol.asyncDispose]() {
      await agent.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
