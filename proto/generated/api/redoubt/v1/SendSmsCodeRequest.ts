// Original file: redoubt/v1/factors.proto


export interface SendSmsCodeRequest {
}

export interface SendSmsCodeRequest__Output {
}
