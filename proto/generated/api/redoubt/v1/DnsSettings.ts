// Original file: redoubt/v1/dns.proto

import type { DnsTargetRule as _redoubt_v1_DnsTargetRule, DnsTargetRule__Output as _redoubt_v1_DnsTargetRule__Output } from '../../redoubt/v1/DnsTargetRule.js';
import type { DnsList as _redoubt_v1_DnsList, DnsList__Output as _redoubt_v1_DnsList__Output } from '../../redoubt/v1/DnsList.js';
import type { DnsZone as _redoubt_v1_DnsZone, DnsZone__Output as _redoubt_v1_DnsZone__Output } from '../../redoubt/v1/DnsZone.js';
import type { DnsGroup as _redoubt_v1_DnsGroup, DnsGroup__Output as _redoubt_v1_DnsGroup__Output } from '../../redoubt/v1/DnsGroup.js';

export interface DnsSettings {
  'orgId'?: (string);
  'networks'?: (string)[];
  'rules'?: (_redoubt_v1_DnsTargetRule)[];
  'devices'?: (number);
  'lists'?: (_redoubt_v1_DnsList)[];
  'zones'?: (_redoubt_v1_DnsZone)[];
  'groups'?: (_redoubt_v1_DnsGroup)[];
}

export interface DnsSettings__Output {
  'orgId': (string);
  'networks': (string)[];
  'rules': (_redoubt_v1_DnsTargetRule__Output)[];
  'devices': (number);
  'lists': (_redoubt_v1_DnsList__Output)[];
  'zones': (_redoubt_v1_DnsZone__Output)[];
  'groups': (_redoubt_v1_DnsGroup__Output)[];
}
