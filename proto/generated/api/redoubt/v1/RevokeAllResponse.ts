// Original file: redoubt/v1/auth.proto


export interface RevokeAllResponse {
  /**
   * How many sessions were ended.
   */
  'revoked'?: (number);
}

export interface RevokeAllResponse__Output {
  /**
   * How many sessions were ended.
   */
  'revoked': (number);
}
