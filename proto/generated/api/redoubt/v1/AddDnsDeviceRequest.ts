// Original file: redoubt/v1/dns.proto


export interface AddDnsDeviceRequest {
  'orgId'?: (string);
  /**
   * What the caller calls it ("Ada's phone").
   */
  'name'?: (string);
}

export interface AddDnsDeviceRequest__Output {
  'orgId': (string);
  /**
   * What the caller calls it ("Ada's phone").
   */
  'name': (string);
}
