// Original file: redoubt/v1/dns.proto


export interface RevokeDnsDeviceRequest {
  'orgId'?: (string);
  'deviceId'?: (string);
}

export interface RevokeDnsDeviceRequest__Output {
  'orgId': (string);
  'deviceId': (string);
}
