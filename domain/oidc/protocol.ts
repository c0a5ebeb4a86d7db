/** The commands, events, replies and state of an org's OpenID Connect providers (`oidc-providers/<org>`). */
import type { OrgRole } from '../account/protocol.js';

/** One provider the org signs in with. */
export interface OidcProviderConfig {
  /** The org's name for it: lower-case letters, digits and '-'. */
  readonly providerId: string;
  readonly displayName: string;
  /** https URL of the issuer. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** PEM of the CA of the provider's certificate; '' for the system's. */
  readonly caPem: string;
  /** Sent as acr_values; when not empty, the ID token's acr must be one of them. */
  readonly acrValues: readonly string[];
  /** Whether the provider's own MFA counts as a second factor. */
  readonly trustUpstreamMfa: boolean;
  /** The acr values that mean the provider did MFA. */
  readonly mfaAcrValues: readonly string[];
  /** The org role of people at their first sign-in. */
  readonly defaultRole: OrgRole;
}

/** A provider as anyone but the gateway sees it: no secret. */
export type OidcProviderView = Omit<OidcProviderConfig, 'clientSecret' | 'caPem'>;

export type OidcProvidersCommand =
  | { readonly type: 'set'; readonly provider: OidcProviderConfig }
  | { readonly type: 'remove'; readonly providerId: string }
  | { readonly type: 'list' }
  /** One provider with its secret, for the gateway. */
  | { readonly type: 'connection'; readonly providerId: string }
  /** Note a sign-in (or a link) through a provider, for the org's audit trail. */
  | { readonly type: 'signedIn'; readonly accountId: string; readonly providerId: string; readonly linked: boolean }
  /** Spend a login state (its hash) once; refused if spent already (STATE_REUSED). */
  | { readonly type: 'spendState'; readonly hash: string; readonly expiresAt: number };

export type OidcProvidersEvent =
  | { readonly type: 'set'; readonly provider: OidcProviderConfig; readonly at: number }
  | { readonly type: 'removed'; readonly providerId: string; readonly at: number }
  | { readonly type: 'stateSpent'; readonly hash: string; readonly expiresAt: number; readonly at: number }
  | {
      readonly type: 'signedIn';
      readonly accountId: string;
      readonly providerId: string;
      readonly linked: boolean;
      readonly at: number;
    };

export type OidcProvidersReply =
  { readonly ok: true } | { readonly providers: readonly OidcProviderView[] } | OidcProviderConfig;

export interface OidcProvidersState {
  readonly providers: Readonly<Record<string, OidcProviderConfig>>;
  /** Hashes of spent login states → when they expire (then forgotten). */
  readonly spent: Readonly<Record<string, number>>;
}

/** Most providers one org has. */
export const MAX_OIDC_PROVIDERS = 20;
/** Most unexpired spent states remembered (a login state lives 10 minutes). */
export const MAX_SPENT_STATES = 50_000;
