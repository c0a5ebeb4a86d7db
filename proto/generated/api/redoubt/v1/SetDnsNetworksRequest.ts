// Original file: redoubt/v1/dns.proto


export interface SetDnsNetworksRequest {
  'orgId'?: (string);
  /**
   * e.g. 192.0.2.0/24, 2001:db8::/48; none takes the org's plain DNS off.
   */
  'networks'?: (string)[];
}

export interface SetDnsNetworksRequest__Output {
  'orgId': (string);
  /**
   * e.g. 192.0.2.0/24, 2001:db8::/48; none takes the org's plain DNS off.
   */
  'networks': (string)[];
}
