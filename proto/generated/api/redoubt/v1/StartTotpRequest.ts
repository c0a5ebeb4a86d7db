// Original file: redoubt/v1/factors.proto


export interface StartTotpRequest {
}

export interface StartTotpRequest__Output {
}
