// Original file: redoubt/v1/dns.proto

import type { DnsRule as _redoubt_v1_DnsRule, DnsRule__Output as _redoubt_v1_DnsRule__Output } from '../../redoubt/v1/DnsRule.js';

export interface SetDnsRuleRequest {
  'orgId'?: (string);
  /**
   * "org", "project:<project id>", "group:<group>" or "user:<account id>".
   */
  'target'?: (string);
  'rule'?: (_redoubt_v1_DnsRule | null);
  /**
   * Removes the target's rule instead (the org's own rule then is no lists, nothing blocked).
   */
  'remove'?: (boolean);
}

export interface SetDnsRuleRequest__Output {
  'orgId': (string);
  /**
   * "org", "project:<project id>", "group:<group>" or "user:<account id>".
   */
  'target': (string);
  'rule': (_redoubt_v1_DnsRule__Output | null);
  /**
   * Removes the target's rule instead (the org's own rule then is no lists, nothing blocked).
   */
  'remove': (boolean);
}
