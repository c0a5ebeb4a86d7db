// Original file: redoubt/v1/passkeys.proto


export interface ListPasskeysRequest {
}

export interface ListPasskeysRequest__Output {
}
