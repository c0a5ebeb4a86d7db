// Original file: redoubt/v1/auth.proto


export interface GetJwksResponse {
  /**
   * The JWK Set as JSON.
   */
  'jwks'?: (string);
}

export interface GetJwksResponse__Output {
  /**
   * The JWK Set as JSON.
   */
  'jwks': (string);
}
