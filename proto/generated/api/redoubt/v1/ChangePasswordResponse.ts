// Original file: redoubt/v1/auth.proto


export interface ChangePasswordResponse {
}

export interface ChangePasswordResponse__Output {
}
