// Original file: redoubt/v1/auth.proto


export interface ResetPasswordRequest {
  'accountId'?: (string);
  'token'?: (string);
  'newPassword'?: (string);
}

export interface ResetPasswordRequest__Output {
  'accountId': (string);
  'token': (string);
  'newPassword': (string);
}
