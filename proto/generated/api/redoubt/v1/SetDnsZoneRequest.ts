// Original file: redoubt/v1/dns.proto

import type { DnsRecord as _redoubt_v1_DnsRecord, DnsRecord__Output as _redoubt_v1_DnsRecord__Output } from '../../redoubt/v1/DnsRecord.js';

export interface SetDnsZoneRequest {
  'orgId'?: (string);
  /**
   * e.g. acme.example
   */
  'zone'?: (string);
  'records'?: (_redoubt_v1_DnsRecord)[];
}

export interface SetDnsZoneRequest__Output {
  'orgId': (string);
  /**
   * e.g. acme.example
   */
  'zone': (string);
  'records': (_redoubt_v1_DnsRecord__Output)[];
}
