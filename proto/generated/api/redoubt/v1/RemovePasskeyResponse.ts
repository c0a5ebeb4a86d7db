// Original file: redoubt/v1/passkeys.proto


export interface RemovePasskeyResponse {
}

export interface RemovePasskeyResponse__Output {
}
