// Original file: redoubt/v1/factors.proto


export interface RemoveTotpResponse {
}

export interface RemoveTotpResponse__Output {
}
