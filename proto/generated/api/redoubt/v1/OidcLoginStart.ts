// Original file: redoubt/v1/oidc.proto


export interface OidcLoginStart {
  'authorizationUrl'?: (string);
  'loginState'?: (string);
}

export interface OidcLoginStart__Output {
  'authorizationUrl': (string);
  'loginState': (string);
}
