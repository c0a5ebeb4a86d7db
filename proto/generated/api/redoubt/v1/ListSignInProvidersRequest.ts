// Original file: redoubt/v1/oidc.proto


export interface ListSignInProvidersRequest {
  'orgId'?: (string);
}

export interface ListSignInProvidersRequest__Output {
  'orgId': (string);
}
