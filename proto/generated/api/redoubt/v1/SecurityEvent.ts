// Original file: redoubt/v1/account.proto

import type { Long } from '@grpc/proto-loader';

export interface SecurityEvent {
  /**
   * "login", "login.failed", "login.locked", "session.step_up", "session.revoked",
   * "password.changed", "password.reset", "factor.enrolled", "factor.used", "factor.failed",
   * "factor.locked", "factor.regenerated", "factor.removed".
   */
  'action'?: (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'at'?: (number | string | Long);
  'sessionId'?: (string);
  'factor'?: (string);
  'device'?: (string);
  'detail'?: (string);
}

export interface SecurityEvent__Output {
  /**
   * "login", "login.failed", "login.locked", "session.step_up", "session.revoked",
   * "password.changed", "password.reset", "factor.enrolled", "factor.used", "factor.failed",
   * "factor.locked", "factor.regenerated", "factor.removed".
   */
  'action': (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'at': (number);
  'sessionId': (string);
  'factor': (string);
  'device': (string);
  'detail': (string);
}
