// Original file: redoubt/v1/org.proto


export interface UpdateOrgSettingsRequest {
  'orgId'?: (string);
  'externalsNeedSecondFactorByDefault'?: (boolean);
  'externalsMayExportByDefault'?: (boolean);
}

export interface UpdateOrgSettingsRequest__Output {
  'orgId': (string);
  'externalsNeedSecondFactorByDefault': (boolean);
  'externalsMayExportByDefault': (boolean);
}
