// Original file: redoubt/v1/auth.proto


export interface VerifyEmailRequest {
  'accountId'?: (string);
  /**
   * The token from the verification mail.
   */
  'token'?: (string);
}

export interface VerifyEmailRequest__Output {
  'accountId': (string);
  /**
   * The token from the verification mail.
   */
  'token': (string);
}
