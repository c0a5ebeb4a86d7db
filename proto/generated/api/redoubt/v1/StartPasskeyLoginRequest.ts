// Original file: redoubt/v1/passkeys.proto


export interface StartPasskeyLoginRequest {
}

export interface StartPasskeyLoginRequest__Output {
}
