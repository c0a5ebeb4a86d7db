// Original file: redoubt/v1/auth.proto


export interface SignUpRequest {
  /**
   * The account's email address; it is also the login name.
   */
  'email'?: (string);
  /**
   * At least 12 characters.
   */
  'password'?: (string);
  /**
   * The name shown to others.
   */
  'displayName'?: (string);
}

export interface SignUpRequest__Output {
  /**
   * The account's email address; it is also the login name.
   */
  'email': (string);
  /**
   * At least 12 characters.
   */
  'password': (string);
  /**
   * The name shown to others.
   */
  'displayName': (string);
}
