// Original file: redoubt/v1/directory.proto

import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';

export interface GroupRole {
  /**
   * The group's DN; with Active Directory, members of groups inside it count too.
   */
  'groupDn'?: (string);
  'role'?: (_redoubt_v1_Role);
  /**
   * A project of the org: the role is in that project (for users with an org role). A project
   * named here is staffed by the directory: members in none of its groups are removed from it.
   */
  'projectId'?: (string);
}

export interface GroupRole__Output {
  /**
   * The group's DN; with Active Directory, members of groups inside it count too.
   */
  'groupDn': (string);
  'role': (_redoubt_v1_Role__Output);
  /**
   * A project of the org: the role is in that project (for users with an org role). A project
   * named here is staffed by the directory: members in none of its groups are removed from it.
   */
  'projectId': (string);
}
