// Original file: redoubt/v1/passkeys.proto


export interface RenamePasskeyResponse {
}

export interface RenamePasskeyResponse__Output {
}
