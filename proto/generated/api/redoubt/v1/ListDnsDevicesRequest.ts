// Original file: redoubt/v1/dns.proto


export interface ListDnsDevicesRequest {
  'orgId'?: (string);
  /**
   * Every member's devices (admins only).
   */
  'allMembers'?: (boolean);
}

export interface ListDnsDevicesRequest__Output {
  'orgId': (string);
  /**
   * Every member's devices (admins only).
   */
  'allMembers': (boolean);
}
