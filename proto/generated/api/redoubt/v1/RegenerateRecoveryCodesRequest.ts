// Original file: redoubt/v1/factors.proto


export interface RegenerateRecoveryCodesRequest {
}

export interface RegenerateRecoveryCodesRequest__Output {
}
