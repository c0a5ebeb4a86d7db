// Original file: redoubt/v1/factors.proto


export interface ConfirmPhoneRequest {
  'code'?: (string);
}

export interface ConfirmPhoneRequest__Output {
  'code': (string);
}
