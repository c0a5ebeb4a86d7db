// Original file: redoubt/v1/oidc.proto


export interface GetOidcProvidersRequest {
  'orgId'?: (string);
}

export interface GetOidcProvidersRequest__Output {
  'orgId': (string);
}
