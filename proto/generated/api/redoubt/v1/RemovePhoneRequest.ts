// Original file: redoubt/v1/factors.proto


export interface RemovePhoneRequest {
}

export interface RemovePhoneRequest__Output {
}
