// Original file: redoubt/v1/auth.proto


export interface RevokeAllRequest {
}

export interface RevokeAllRequest__Output {
}
