// Original file: redoubt/v1/factors.proto


export interface ConfirmTotpRequest {
  'code'?: (string);
}

export interface ConfirmTotpRequest__Output {
  'code': (string);
}
