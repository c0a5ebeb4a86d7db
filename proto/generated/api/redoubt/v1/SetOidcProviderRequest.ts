// Original file: redoubt/v1/oidc.proto

import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';

export interface SetOidcProviderRequest {
  'orgId'?: (string);
  /**
   * The org's name for it, e.g. "entra": lower-case letters, digits and '-'.
   */
  'providerId'?: (string);
  /**
   * What the sign-in page shows, e.g. "Acme SSO".
   */
  'displayName'?: (string);
  /**
   * The issuer URL (https), where /.well-known/openid-configuration is.
   */
  'issuer'?: (string);
  'clientId'?: (string);
  'clientSecret'?: (string);
  /**
   * PEM of the CA that signed the provider's certificate; empty: the system's CAs.
   */
  'caPem'?: (string);
  /**
   * Sent as acr_values; when given, the ID token's acr must be one of them.
   */
  'acrValues'?: (string)[];
  /**
   * Counts the provider's own MFA as a second factor: when its acr is one of mfa_acr_values, or
   * its amr says "mfa". Off by default.
   */
  'trustUpstreamMfa'?: (boolean);
  'mfaAcrValues'?: (string)[];
  /**
   * The org role of people who sign in through it the first time.
   */
  'defaultRole'?: (_redoubt_v1_Role);
}

export interface SetOidcProviderRequest__Output {
  'orgId': (string);
  /**
   * The org's name for it, e.g. "entra": lower-case letters, digits and '-'.
   */
  'providerId': (string);
  /**
   * What the sign-in page shows, e.g. "Acme SSO".
   */
  'displayName': (string);
  /**
   * The issuer URL (https), where /.well-known/openid-configuration is.
   */
  'issuer': (string);
  'clientId': (string);
  'clientSecret': (string);
  /**
   * PEM of the CA that signed the provider's certificate; empty: the system's CAs.
   */
  'caPem': (string);
  /**
   * Sent as acr_values; when given, the ID token's acr must be one of them.
   */
  'acrValues': (string)[];
  /**
   * Counts the provider's own MFA as a second factor: when its acr is one of mfa_acr_values, or
   * its amr says "mfa". Off by default.
   */
  'trustUpstreamMfa': (boolean);
  'mfaAcrValues': (string)[];
  /**
   * The org role of people who sign in through it the first time.
   */
  'defaultRole': (_redoubt_v1_Role__Output);
}
