// Original file: redoubt/v1/dns.proto


export interface GetDnsSettingsRequest {
  'orgId'?: (string);
}

export interface GetDnsSettingsRequest__Output {
  'orgId': (string);
}
