// Original file: redoubt/v1/options.proto

import type { Scope as _redoubt_v1_Scope, Scope__Output as _redoubt_v1_Scope__Output } from '../../redoubt/v1/Scope.js';
import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';
import type { AssuranceNeed as _redoubt_v1_AssuranceNeed, AssuranceNeed__Output as _redoubt_v1_AssuranceNeed__Output } from '../../redoubt/v1/AssuranceNeed.js';

/**
 * The permission a method needs.
 */
export interface Access {
  /**
   * A stable name for the audit trail and the console, e.g. "org.members.add".
   */
  'permission'?: (string);
  'scope'?: (_redoubt_v1_Scope);
  /**
   * The least role needed in that scope (org or project).
   */
  'role'?: (_redoubt_v1_Role);
  /**
   * The assurance the caller's session must hold (step-up); absent: any signed-in session.
   */
  'assurance'?: (_redoubt_v1_AssuranceNeed | null);
}

/**
 * The permission a method needs.
 */
export interface Access__Output {
  /**
   * A stable name for the audit trail and the console, e.g. "org.members.add".
   */
  'permission': (string);
  'scope': (_redoubt_v1_Scope__Output);
  /**
   * The least role needed in that scope (org or project).
   */
  'role': (_redoubt_v1_Role__Output);
  /**
   * The assurance the caller's session must hold (step-up); absent: any signed-in session.
   */
  'assurance': (_redoubt_v1_AssuranceNeed__Output | null);
}
