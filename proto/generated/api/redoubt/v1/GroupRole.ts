// Original file: redoubt/v1/directory.proto

import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';

export interface GroupRole {
  /**
   * The group's DN; with Active Directory, members of groups inside it count too.
   */
  'groupDn'?: (string);
  'role'?: (_redoubt_v1_Role);
}

export interface GroupRole__Output {
  /**
   * The group's DN; with Active Directory, members of groups inside it count too.
   */
  'groupDn': (string);
  'role': (_redoubt_v1_Role__Output);
}
