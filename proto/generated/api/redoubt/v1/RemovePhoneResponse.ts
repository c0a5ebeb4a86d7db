// Original file: redoubt/v1/factors.proto


export interface RemovePhoneResponse {
}

export interface RemovePhoneResponse__Output {
}
