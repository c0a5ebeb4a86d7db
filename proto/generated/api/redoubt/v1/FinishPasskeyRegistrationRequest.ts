// Original file: redoubt/v1/passkeys.proto


export interface FinishPasskeyRegistrationRequest {
  /**
   * The credential's toJSON() (RegistrationResponseJSON).
   */
  'credentialJson'?: (string);
  /**
   * What the owner calls it, e.g. "YubiKey 5" or "phone".
   */
  'name'?: (string);
}

export interface FinishPasskeyRegistrationRequest__Output {
  /**
   * The credential's toJSON() (RegistrationResponseJSON).
   */
  'credentialJson': (string);
  /**
   * What the owner calls it, e.g. "YubiKey 5" or "phone".
   */
  'name': (string);
}
