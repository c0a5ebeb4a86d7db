// Original file: redoubt/v1/auth.proto

import type { UsedFactor as _redoubt_v1_UsedFactor, UsedFactor__Output as _redoubt_v1_UsedFactor__Output } from '../../redoubt/v1/UsedFactor.js';
import type { Long } from '@grpc/proto-loader';

export interface Tokens {
  /**
   * A JWT for the authorization header: "authorization: Bearer <token>".
   */
  'accessToken'?: (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'accessExpiresAt'?: (number | string | Long);
  /**
   * Opaque; spend it with Refresh before the access token expires.
   */
  'refreshToken'?: (string);
  'sessionId'?: (string);
  'accountId'?: (string);
  /**
   * The session's assurance now: 1 (one factor) or 2 (two of different kinds, or a passkey
   * that verified its user).
   */
  'assuranceLevel'?: (number);
  /**
   * The factors the session used, newest use of each kind.
   */
  'factors'?: (_redoubt_v1_UsedFactor)[];
  /**
   * Whether a phishing-resistant factor (WebAuthn) is among them.
   */
  'phishingResistant'?: (boolean);
}

export interface Tokens__Output {
  /**
   * A JWT for the authorization header: "authorization: Bearer <token>".
   */
  'accessToken': (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'accessExpiresAt': (number);
  /**
   * Opaque; spend it with Refresh before the access token expires.
   */
  'refreshToken': (string);
  'sessionId': (string);
  'accountId': (string);
  /**
   * The session's assurance now: 1 (one factor) or 2 (two of different kinds, or a passkey
   * that verified its user).
   */
  'assuranceLevel': (number);
  /**
   * The factors the session used, newest use of each kind.
   */
  'factors': (_redoubt_v1_UsedFactor__Output)[];
  /**
   * Whether a phishing-resistant factor (WebAuthn) is among them.
   */
  'phishingResistant': (boolean);
}
