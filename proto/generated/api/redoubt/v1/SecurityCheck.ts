// Original file: redoubt/v1/dns.proto

import type { Long } from '@grpc/proto-loader';

export interface SecurityCheck {
  'probeId'?: (string);
  /**
   * Resolve this name (A or AAAA) with the device's usual resolver.
   */
  'probeName'?: (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'expiresAt'?: (number | string | Long);
}

export interface SecurityCheck__Output {
  'probeId': (string);
  /**
   * Resolve this name (A or AAAA) with the device's usual resolver.
   */
  'probeName': (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'expiresAt': (number);
}
