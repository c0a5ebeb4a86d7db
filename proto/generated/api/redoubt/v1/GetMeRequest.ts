// Original file: redoubt/v1/account.proto


export interface GetMeRequest {
}

export interface GetMeRequest__Output {
}
