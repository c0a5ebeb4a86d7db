// Original file: redoubt/v1/org.proto

import type { Member as _redoubt_v1_Member, Member__Output as _redoubt_v1_Member__Output } from '../../redoubt/v1/Member.js';

export interface ListMembersResponse {
  'members'?: (_redoubt_v1_Member)[];
}

export interface ListMembersResponse__Output {
  'members': (_redoubt_v1_Member__Output)[];
}
