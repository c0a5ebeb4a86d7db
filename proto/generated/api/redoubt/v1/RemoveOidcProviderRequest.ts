// Original file: redoubt/v1/oidc.proto


export interface RemoveOidcProviderRequest {
  'orgId'?: (string);
  'providerId'?: (string);
}

export interface RemoveOidcProviderRequest__Output {
  'orgId': (string);
  'providerId': (string);
}
