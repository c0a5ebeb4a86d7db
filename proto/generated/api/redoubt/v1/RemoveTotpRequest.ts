// Original file: redoubt/v1/factors.proto


export interface RemoveTotpRequest {
}

export interface RemoveTotpRequest__Output {
}
