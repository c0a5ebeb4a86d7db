// Original file: redoubt/v1/oidc.proto


export interface SignInProvider {
  'providerId'?: (string);
  'displayName'?: (string);
}

export interface SignInProvider__Output {
  'providerId': (string);
  'displayName': (string);
}
