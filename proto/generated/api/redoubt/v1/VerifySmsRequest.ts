// Original file: redoubt/v1/factors.proto


export interface VerifySmsRequest {
  'code'?: (string);
}

export interface VerifySmsRequest__Output {
  'code': (string);
}
