// Original file: redoubt/v1/dns.proto

import type { DnsRule as _redoubt_v1_DnsRule, DnsRule__Output as _redoubt_v1_DnsRule__Output } from '../../redoubt/v1/DnsRule.js';

export interface DnsTargetRule {
  'target'?: (string);
  'rule'?: (_redoubt_v1_DnsRule | null);
}

export interface DnsTargetRule__Output {
  'target': (string);
  'rule': (_redoubt_v1_DnsRule__Output | null);
}
