// Original file: redoubt/v1/account.proto


export interface UpdateProfileRequest {
  'displayName'?: (string);
}

export interface UpdateProfileRequest__Output {
  'displayName': (string);
}
