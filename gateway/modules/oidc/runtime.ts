/** What the OIDC module runs: each org's providers, the identity index, and OidcService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { oidcProviders, oidcSubject } from '../../../domain/oidc/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { oidcService } from './oidc-service.js';

export const kinds: readonly AnyEntityKind[] = [oidcProviders, oidcSubject];

export const services: Readonly<Record<string, ServiceFactory>> = {
  'redoubt.v1.OidcService': oidcService,
};

/** Well-formed requests of every method (to providers that are not there: the matrix sees the pipeline's refusals). */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.OidcService': ({ orgId }) => ({
    SetOidcProvider: {
      orgId,
      providerId: 'sso',
      displayName: 'SSO',
      issuer: 'https://127.0.0.1:1',
      clientId: 'redoubt',
      clientSecret: 'secret',
      defaultRole: 'ROLE_MEMBER',
    },
    GetOidcProviders: { orgId },
    RemoveOidcProvider: { orgId, providerId: 'sso' },
    ListSignInProviders: { orgId },
    StartOidcLogin: { orgId, providerId: 'sso', redirectUri: 'http://127.0.0.1:1/callback' },
    FinishOidcLogin: { loginState: 'x', callbackUrl: 'http://127.0.0.1:1/callback?code=x&state=y' },
  }),
};
