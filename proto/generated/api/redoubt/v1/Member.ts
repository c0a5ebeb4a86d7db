// Original file: redoubt/v1/org.proto

import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';
import type { Long } from '@grpc/proto-loader';

export interface Member {
  'accountId'?: (string);
  'role'?: (_redoubt_v1_Role);
  'since'?: (number | string | Long);
}

export interface Member__Output {
  'accountId': (string);
  'role': (_redoubt_v1_Role__Output);
  'since': (number);
}
