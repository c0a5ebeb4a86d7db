// Original file: redoubt/v1/factors.proto


export interface SendSmsCodeResponse {
  'phone'?: (string);
}

export interface SendSmsCodeResponse__Output {
  'phone': (string);
}
