// Original file: redoubt/v1/directory.proto


export interface RemoveDirectoryRequest {
  'orgId'?: (string);
}

export interface RemoveDirectoryRequest__Output {
  'orgId': (string);
}
