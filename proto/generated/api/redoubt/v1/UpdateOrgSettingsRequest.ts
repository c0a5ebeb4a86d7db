// Original file: redoubt/v1/org.proto


export interface UpdateOrgSettingsRequest {
  'orgId'?: (string);
  'externalsNeedSecondFactorByDefault'?: (boolean);
  'externalsMayExportByDefault'?: (boolean);
  /**
   * New projects count SMS codes as a second factor.
   */
  'smsAllowedByDefault'?: (boolean);
}

export interface UpdateOrgSettingsRequest__Output {
  'orgId': (string);
  'externalsNeedSecondFactorByDefault': (boolean);
  'externalsMayExportByDefault': (boolean);
  /**
   * New projects count SMS codes as a second factor.
   */
  'smsAllowedByDefault': (boolean);
}
