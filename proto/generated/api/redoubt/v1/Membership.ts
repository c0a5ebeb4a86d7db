// Original file: redoubt/v1/account.proto

import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';

export interface Membership {
  'orgId'?: (string);
  'role'?: (_redoubt_v1_Role);
}

export interface Membership__Output {
  'orgId': (string);
  'role': (_redoubt_v1_Role__Output);
}
