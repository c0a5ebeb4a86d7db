// Original file: redoubt/v1/auth.proto


export interface SignUpResponse {
  'accountId'?: (string);
}

export interface SignUpResponse__Output {
  'accountId': (string);
}
