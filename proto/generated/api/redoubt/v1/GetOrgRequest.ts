// Original file: redoubt/v1/org.proto


export interface GetOrgRequest {
  'orgId'?: (string);
}

export interface GetOrgRequest__Output {
  'orgId': (string);
}
