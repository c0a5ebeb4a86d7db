// Original file: redoubt/v1/auth.proto

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
}
