// Original file: redoubt/v1/passkeys.proto


export interface StartPasskeyStepUpRequest {
}

export interface StartPasskeyStepUpRequest__Output {
}
