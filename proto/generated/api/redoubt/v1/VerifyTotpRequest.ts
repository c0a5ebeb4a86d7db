// Original file: redoubt/v1/factors.proto


export interface VerifyTotpRequest {
  'code'?: (string);
}

export interface VerifyTotpRequest__Output {
  'code': (string);
}
