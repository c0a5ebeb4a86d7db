// Original file: redoubt/v1/auth.proto

import type { Long } from '@grpc/proto-loader';

/**
 * A factor a session used.
 */
export interface UsedFactor {
  /**
   * "password", "totp", "recovery_code", "webauthn", "sms", "email_code", "ldap", "oidc", "oidc_mfa" (the provider's MFA, where the org trusts it).
   */
  'kind'?: (string);
  /**
   * When it was last used, milliseconds since the Unix epoch.
   */
  'at'?: (number | string | Long);
}

/**
 * A factor a session used.
 */
export interface UsedFactor__Output {
  /**
   * "password", "totp", "recovery_code", "webauthn", "sms", "email_code", "ldap", "oidc", "oidc_mfa" (the provider's MFA, where the org trusts it).
   */
  'kind': (string);
  /**
   * When it was last used, milliseconds since the Unix epoch.
   */
  'at': (number);
}
