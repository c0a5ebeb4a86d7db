// Original file: redoubt/v1/dns.proto


export interface SecurityStatusRequest {
  'probeId'?: (string);
  /**
   * SHA-256 of the certificate the client saw on this connection (hex, colons allowed); empty:
   * the TLS path is not checked.
   */
  'tlsFingerprint'?: (string);
}

export interface SecurityStatusRequest__Output {
  'probeId': (string);
  /**
   * SHA-256 of the certificate the client saw on this connection (hex, colons allowed); empty:
   * the TLS path is not checked.
   */
  'tlsFingerprint': (string);
}
