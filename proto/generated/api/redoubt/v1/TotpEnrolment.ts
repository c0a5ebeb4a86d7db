// Original file: redoubt/v1/factors.proto


export interface TotpEnrolment {
  /**
   * Base32, for apps where it is typed in.
   */
  'secret'?: (string);
  /**
   * otpauth://totp/... with issuer, account, SHA1, 6 digits, 30 s.
   */
  'uri'?: (string);
}

export interface TotpEnrolment__Output {
  /**
   * Base32, for apps where it is typed in.
   */
  'secret': (string);
  /**
   * otpauth://totp/... with issuer, account, SHA1, 6 digits, 30 s.
   */
  'uri': (string);
}
