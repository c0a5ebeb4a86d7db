// Original file: redoubt/v1/account.proto

import type { Membership as _redoubt_v1_Membership, Membership__Output as _redoubt_v1_Membership__Output } from '../../redoubt/v1/Membership.js';
import type { Long } from '@grpc/proto-loader';

export interface Account {
  'accountId'?: (string);
  'email'?: (string);
  'displayName'?: (string);
  'emailVerified'?: (boolean);
  'superadmin'?: (boolean);
  'memberships'?: (_redoubt_v1_Membership)[];
  /**
   * Milliseconds since the Unix epoch.
   */
  'createdAt'?: (number | string | Long);
}

export interface Account__Output {
  'accountId': (string);
  'email': (string);
  'displayName': (string);
  'emailVerified': (boolean);
  'superadmin': (boolean);
  'memberships': (_redoubt_v1_Membership__Output)[];
  /**
   * Milliseconds since the Unix epoch.
   */
  'createdAt': (number);
}
