// Original file: redoubt/v1/passkeys.proto


export interface FinishPasskeyLoginRequest {
  /**
   * The credential's toJSON() (AuthenticationResponseJSON).
   */
  'credentialJson'?: (string);
  /**
   * Shown in the account's session list, e.g. "Firefox on a laptop".
   */
  'device'?: (string);
}

export interface FinishPasskeyLoginRequest__Output {
  /**
   * The credential's toJSON() (AuthenticationResponseJSON).
   */
  'credentialJson': (string);
  /**
   * Shown in the account's session list, e.g. "Firefox on a laptop".
   */
  'device': (string);
}
