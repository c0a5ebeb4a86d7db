// Original file: redoubt/v1/directory.proto


export interface LoginWithDirectoryRequest {
  'orgId'?: (string);
  'username'?: (string);
  'password'?: (string);
  'device'?: (string);
}

export interface LoginWithDirectoryRequest__Output {
  'orgId': (string);
  'username': (string);
  'password': (string);
  'device': (string);
}
