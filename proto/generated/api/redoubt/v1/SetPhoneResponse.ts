// Original file: redoubt/v1/factors.proto


export interface SetPhoneResponse {
  /**
   * The number, all but its last two digits hidden.
   */
  'phone'?: (string);
}

export interface SetPhoneResponse__Output {
  /**
   * The number, all but its last two digits hidden.
   */
  'phone': (string);
}
