// Original file: redoubt/v1/org.proto

import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';

export interface AddMemberRequest {
  'orgId'?: (string);
  'accountId'?: (string);
  'role'?: (_redoubt_v1_Role);
}

export interface AddMemberRequest__Output {
  'orgId': (string);
  'accountId': (string);
  'role': (_redoubt_v1_Role__Output);
}
