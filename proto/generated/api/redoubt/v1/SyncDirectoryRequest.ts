// Original file: redoubt/v1/directory.proto


export interface SyncDirectoryRequest {
  'orgId'?: (string);
}

export interface SyncDirectoryRequest__Output {
  'orgId': (string);
}
