// Original file: redoubt/v1/directory.proto


export interface GetDirectoryRequest {
  'orgId'?: (string);
}

export interface GetDirectoryRequest__Output {
  'orgId': (string);
}
