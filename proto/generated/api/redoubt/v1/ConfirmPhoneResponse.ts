// Original file: redoubt/v1/factors.proto


export interface ConfirmPhoneResponse {
}

export interface ConfirmPhoneResponse__Output {
}
