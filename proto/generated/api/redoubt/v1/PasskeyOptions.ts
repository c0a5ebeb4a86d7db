// Original file: redoubt/v1/passkeys.proto


export interface PasskeyOptions {
  /**
   * PublicKeyCredentialRequestOptionsJSON or PublicKeyCredentialCreationOptionsJSON, for
   * PublicKeyCredential.parseRequestOptionsFromJSON / parseCreationOptionsFromJSON.
   */
  'optionsJson'?: (string);
}

export interface PasskeyOptions__Output {
  /**
   * PublicKeyCredentialRequestOptionsJSON or PublicKeyCredentialCreationOptionsJSON, for
   * PublicKeyCredential.parseRequestOptionsFromJSON / parseCreationOptionsFromJSON.
   */
  'optionsJson': (string);
}
