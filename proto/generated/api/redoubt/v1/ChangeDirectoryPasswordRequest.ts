// Original file: redoubt/v1/directory.proto


export interface ChangeDirectoryPasswordRequest {
  'orgId'?: (string);
  'currentPassword'?: (string);
  'newPassword'?: (string);
}

export interface ChangeDirectoryPasswordRequest__Output {
  'orgId': (string);
  'currentPassword': (string);
  'newPassword': (string);
}
