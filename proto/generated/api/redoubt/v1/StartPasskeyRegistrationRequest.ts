// Original file: redoubt/v1/passkeys.proto


export interface StartPasskeyRegistrationRequest {
}

export interface StartPasskeyRegistrationRequest__Output {
}
