// Original file: redoubt/v1/project.proto


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
}
