// Original file: redoubt/v1/account.proto


export interface ListSecurityEventsRequest {
  /**
   * At most this many (default and most: 200).
   */
  'limit'?: (number);
}

export interface ListSecurityEventsRequest__Output {
  /**
   * At most this many (default and most: 200).
   */
  'limit': (number);
}
