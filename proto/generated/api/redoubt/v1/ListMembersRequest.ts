// Original file: redoubt/v1/org.proto


export interface ListMembersRequest {
  'orgId'?: (string);
}

export interface ListMembersRequest__Output {
  'orgId': (string);
}
