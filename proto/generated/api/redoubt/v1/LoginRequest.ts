// Original file: redoubt/v1/auth.proto


export interface LoginRequest {
  'email'?: (string);
  'password'?: (string);
  /**
   * What the session runs on, as the user would recognise it ("Firefox on laptop").
   */
  'device'?: (string);
}

export interface LoginRequest__Output {
  'email': (string);
  'password': (string);
  /**
   * What the session runs on, as the user would recognise it ("Firefox on laptop").
   */
  'device': (string);
}
