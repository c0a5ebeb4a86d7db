// Original file: redoubt/v1/passkeys.proto

import type { Long } from '@grpc/proto-loader';

export interface Passkey {
  /**
   * The credential id, base64url.
   */
  'id'?: (string);
  'name'?: (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'createdAt'?: (number | string | Long);
  /**
   * 0 when never used to sign in.
   */
  'lastUsedAt'?: (number | string | Long);
  /**
   * "singleDevice" (a security key) or "multiDevice" (a passkey synced between devices).
   */
  'deviceType'?: (string);
  'backedUp'?: (boolean);
  /**
   * The authenticator model (all zeros when it keeps that private).
   */
  'aaguid'?: (string);
  /**
   * Sign-ins refused because the key's counter went back: a sign it was cloned.
   */
  'clonesRefused'?: (number);
}

export interface Passkey__Output {
  /**
   * The credential id, base64url.
   */
  'id': (string);
  'name': (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'createdAt': (number);
  /**
   * 0 when never used to sign in.
   */
  'lastUsedAt': (number);
  /**
   * "singleDevice" (a security key) or "multiDevice" (a passkey synced between devices).
   */
  'deviceType': (string);
  'backedUp': (boolean);
  /**
   * The authenticator model (all zeros when it keeps that private).
   */
  'aaguid': (string);
  /**
   * Sign-ins refused because the key's counter went back: a sign it was cloned.
   */
  'clonesRefused': (number);
}
