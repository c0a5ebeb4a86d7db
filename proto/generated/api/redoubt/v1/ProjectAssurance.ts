// Original file: redoubt/v1/project.proto

import type { AssuranceNeed as _redoubt_v1_AssuranceNeed, AssuranceNeed__Output as _redoubt_v1_AssuranceNeed__Output } from '../../redoubt/v1/AssuranceNeed.js';

/**
 * How strongly each class of member must have signed in to reach a project (step-up). A member
 * short of it is refused with PERMISSION_DENIED, reason SECOND_FACTOR_REQUIRED (a second factor
 * is missing) or STEP_UP_REQUIRED (a passkey, or a fresher factor), and a `redoubt-step-up` trailer.
 */
export interface ProjectAssurance {
  /**
   * External members (externals_need_second_factor asks them level 2 as well).
   */
  'externals'?: (_redoubt_v1_AssuranceNeed | null);
  /**
   * Internal members who are not admins.
   */
  'members'?: (_redoubt_v1_AssuranceNeed | null);
  /**
   * Project admins, and the org's admins.
   */
  'admins'?: (_redoubt_v1_AssuranceNeed | null);
}

/**
 * How strongly each class of member must have signed in to reach a project (step-up). A member
 * short of it is refused with PERMISSION_DENIED, reason SECOND_FACTOR_REQUIRED (a second factor
 * is missing) or STEP_UP_REQUIRED (a passkey, or a fresher factor), and a `redoubt-step-up` trailer.
 */
export interface ProjectAssurance__Output {
  /**
   * External members (externals_need_second_factor asks them level 2 as well).
   */
  'externals': (_redoubt_v1_AssuranceNeed__Output | null);
  /**
   * Internal members who are not admins.
   */
  'members': (_redoubt_v1_AssuranceNeed__Output | null);
  /**
   * Project admins, and the org's admins.
   */
  'admins': (_redoubt_v1_AssuranceNeed__Output | null);
}
