// Original file: redoubt/v1/oidc.proto


export interface FinishOidcLoginRequest {
  'loginState'?: (string);
  /**
   * The whole URL the provider redirected to, with its code and state.
   */
  'callbackUrl'?: (string);
  'device'?: (string);
}

export interface FinishOidcLoginRequest__Output {
  'loginState': (string);
  /**
   * The whole URL the provider redirected to, with its code and state.
   */
  'callbackUrl': (string);
  'device': (string);
}
