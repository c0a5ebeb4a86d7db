// Original file: redoubt/v1/dns.proto

import type { LeakEntry as _redoubt_v1_LeakEntry, LeakEntry__Output as _redoubt_v1_LeakEntry__Output } from '../../redoubt/v1/LeakEntry.js';
import type { Long } from '@grpc/proto-loader';

export interface LeakReport {
  /**
   * UTC days, YYYY-MM-DD.
   */
  'fromDay'?: (string);
  'toDay'?: (string);
  'entries'?: (_redoubt_v1_LeakEntry)[];
  /**
   * How many users (and networks) reached a third party.
   */
  'users'?: (number);
  'queries'?: (number | string | Long);
  'blocked'?: (number | string | Long);
}

export interface LeakReport__Output {
  /**
   * UTC days, YYYY-MM-DD.
   */
  'fromDay': (string);
  'toDay': (string);
  'entries': (_redoubt_v1_LeakEntry__Output)[];
  /**
   * How many users (and networks) reached a third party.
   */
  'users': (number);
  'queries': (number);
  'blocked': (number);
}
