// Original file: redoubt/v1/project.proto

import type { ProjectAssurance as _redoubt_v1_ProjectAssurance, ProjectAssurance__Output as _redoubt_v1_ProjectAssurance__Output } from '../../redoubt/v1/ProjectAssurance.js';

export interface SetProjectPolicyRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  /**
   * External members must sign in with a second factor (WebAuthn or TOTP) to reach the project.
   */
  'externalsNeedSecondFactor'?: (boolean);
  /**
   * External members may export the project's issues.
   */
  'externalsMayExport'?: (boolean);
  /**
   * What each class of member must have proven, e.g. externals: { level: 2, phishing_resistant:
   * true, max_age_s: 900 }; admins: { level: 2 }. Levels 0-2, ages up to a day.
   */
  'assurance'?: (_redoubt_v1_ProjectAssurance | null);
  /**
   * SMS codes count as a second factor in this project (off by default: SMS is a restricted
   * factor, open to SIM swaps and interception).
   */
  'smsAllowed'?: (boolean);
}

export interface SetProjectPolicyRequest__Output {
  'orgId': (string);
  'projectId': (string);
  /**
   * External members must sign in with a second factor (WebAuthn or TOTP) to reach the project.
   */
  'externalsNeedSecondFactor': (boolean);
  /**
   * External members may export the project's issues.
   */
  'externalsMayExport': (boolean);
  /**
   * What each class of member must have proven, e.g. externals: { level: 2, phishing_resistant:
   * true, max_age_s: 900 }; admins: { level: 2 }. Levels 0-2, ages up to a day.
   */
  'assurance': (_redoubt_v1_ProjectAssurance__Output | null);
  /**
   * SMS codes count as a second factor in this project (off by default: SMS is a restricted
   * factor, open to SIM swaps and interception).
   */
  'smsAllowed': (boolean);
}
