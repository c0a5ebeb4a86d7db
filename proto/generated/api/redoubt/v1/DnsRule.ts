// Original file: redoubt/v1/dns.proto

import type { DnsSchedule as _redoubt_v1_DnsSchedule, DnsSchedule__Output as _redoubt_v1_DnsSchedule__Output } from '../../redoubt/v1/DnsSchedule.js';

export interface DnsRule {
  /**
   * Filter lists always on, by the names the resolver offers (see DnsSettings.lists).
   */
  'lists'?: (string)[];
  'schedules'?: (_redoubt_v1_DnsSchedule)[];
  /**
   * Domains blocked with every name under them; "*.example.com" blocks only the names under it.
   */
  'block'?: (string)[];
  /**
   * Domains let through whatever a list says.
   */
  'allow'?: (string)[];
}

export interface DnsRule__Output {
  /**
   * Filter lists always on, by the names the resolver offers (see DnsSettings.lists).
   */
  'lists': (string)[];
  'schedules': (_redoubt_v1_DnsSchedule__Output)[];
  /**
   * Domains blocked with every name under them; "*.example.com" blocks only the names under it.
   */
  'block': (string)[];
  /**
   * Domains let through whatever a list says.
   */
  'allow': (string)[];
}
