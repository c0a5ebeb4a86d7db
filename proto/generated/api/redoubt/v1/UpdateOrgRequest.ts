// Original file: redoubt/v1/org.proto


export interface UpdateOrgRequest {
  'orgId'?: (string);
  'name'?: (string);
}

export interface UpdateOrgRequest__Output {
  'orgId': (string);
  'name': (string);
}
