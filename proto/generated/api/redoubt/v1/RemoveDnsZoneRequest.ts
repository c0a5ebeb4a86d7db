// Original file: redoubt/v1/dns.proto


export interface RemoveDnsZoneRequest {
  'orgId'?: (string);
  'zone'?: (string);
}

export interface RemoveDnsZoneRequest__Output {
  'orgId': (string);
  'zone': (string);
}
