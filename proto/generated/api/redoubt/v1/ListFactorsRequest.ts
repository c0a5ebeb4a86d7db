// Original file: redoubt/v1/factors.proto


export interface ListFactorsRequest {
}

export interface ListFactorsRequest__Output {
}
