// Original file: redoubt/v1/passkeys.proto


export interface FinishPasskeyStepUpRequest {
  'credentialJson'?: (string);
}

export interface FinishPasskeyStepUpRequest__Output {
  'credentialJson': (string);
}
