// Original file: redoubt/v1/admin.proto


export interface LookupAccountRequest {
  'email'?: (string);
}

export interface LookupAccountRequest__Output {
  'email': (string);
}
