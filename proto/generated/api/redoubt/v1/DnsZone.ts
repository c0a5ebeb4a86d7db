// Original file: redoubt/v1/dns.proto

import type { DnsRecord as _redoubt_v1_DnsRecord, DnsRecord__Output as _redoubt_v1_DnsRecord__Output } from '../../redoubt/v1/DnsRecord.js';

export interface DnsZone {
  'zone'?: (string);
  'records'?: (_redoubt_v1_DnsRecord)[];
}

export interface DnsZone__Output {
  'zone': (string);
  'records': (_redoubt_v1_DnsRecord__Output)[];
}
