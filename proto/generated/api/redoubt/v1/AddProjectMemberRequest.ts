// Original file: redoubt/v1/project.proto

import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';

export interface AddProjectMemberRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'accountId'?: (string);
  'role'?: (_redoubt_v1_Role);
  /**
   * Someone from outside the org (a contractor, a client): the project's policy applies.
   */
  'external'?: (boolean);
}

export interface AddProjectMemberRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'accountId': (string);
  'role': (_redoubt_v1_Role__Output);
  /**
   * Someone from outside the org (a contractor, a client): the project's policy applies.
   */
  'external': (boolean);
}
