// Original file: redoubt/v1/factors.proto


export interface SetPhoneRequest {
  /**
   * E.164: "+", the country code and the number, digits only.
   */
  'number'?: (string);
}

export interface SetPhoneRequest__Output {
  /**
   * E.164: "+", the country code and the number, digits only.
   */
  'number': (string);
}
