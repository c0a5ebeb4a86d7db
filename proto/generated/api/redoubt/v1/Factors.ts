// Original file: redoubt/v1/factors.proto

import type { UsedFactor as _redoubt_v1_UsedFactor, UsedFactor__Output as _redoubt_v1_UsedFactor__Output } from '../../redoubt/v1/UsedFactor.js';
import type { Long } from '@grpc/proto-loader';

export interface Factors {
  /**
   * Whether an authenticator app is enrolled and confirmed.
   */
  'totp'?: (boolean);
  /**
   * Milliseconds since the Unix epoch; 0 when none.
   */
  'totpEnrolledAt'?: (number | string | Long);
  /**
   * Recovery codes not used yet.
   */
  'recoveryCodesLeft'?: (number);
  /**
   * The caller's session.
   */
  'assuranceLevel'?: (number);
  'sessionFactors'?: (_redoubt_v1_UsedFactor)[];
  /**
   * The phone SMS codes go to, all but its last two digits hidden; empty when none.
   */
  'phone'?: (string);
}

export interface Factors__Output {
  /**
   * Whether an authenticator app is enrolled and confirmed.
   */
  'totp': (boolean);
  /**
   * Milliseconds since the Unix epoch; 0 when none.
   */
  'totpEnrolledAt': (number);
  /**
   * Recovery codes not used yet.
   */
  'recoveryCodesLeft': (number);
  /**
   * The caller's session.
   */
  'assuranceLevel': (number);
  'sessionFactors': (_redoubt_v1_UsedFactor__Output)[];
  /**
   * The phone SMS codes go to, all but its last two digits hidden; empty when none.
   */
  'phone': (string);
}
