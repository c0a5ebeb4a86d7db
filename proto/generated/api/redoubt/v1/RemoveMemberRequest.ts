// Original file: redoubt/v1/org.proto


export interface RemoveMemberRequest {
  'orgId'?: (string);
  'accountId'?: (string);
}

export interface RemoveMemberRequest__Output {
  'orgId': (string);
  'accountId': (string);
}
