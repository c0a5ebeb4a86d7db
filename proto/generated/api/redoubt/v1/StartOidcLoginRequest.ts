// Original file: redoubt/v1/oidc.proto


export interface StartOidcLoginRequest {
  'orgId'?: (string);
  'providerId'?: (string);
  /**
   * Where the provider sends the browser back: the gateway's /oidc/callback at one of its web
   * origins, or a loopback http://127.0.0.1:PORT/… of a native app (RFC 8252).
   */
  'redirectUri'?: (string);
  /**
   * Link the provider's identity to the caller's own account (needs an access token).
   */
  'link'?: (boolean);
}

export interface StartOidcLoginRequest__Output {
  'orgId': (string);
  'providerId': (string);
  /**
   * Where the provider sends the browser back: the gateway's /oidc/callback at one of its web
   * origins, or a loopback http://127.0.0.1:PORT/… of a native app (RFC 8252).
   */
  'redirectUri': (string);
  /**
   * Link the provider's identity to the caller's own account (needs an access token).
   */
  'link': (boolean);
}
