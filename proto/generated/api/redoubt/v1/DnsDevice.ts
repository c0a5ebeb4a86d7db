// Original file: redoubt/v1/dns.proto

import type { Long } from '@grpc/proto-loader';

export interface DnsDevice {
  'deviceId'?: (string);
  'accountId'?: (string);
  'name'?: (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'createdAt'?: (number | string | Long);
}

export interface DnsDevice__Output {
  'deviceId': (string);
  'accountId': (string);
  'name': (string);
  /**
   * Milliseconds since the Unix epoch.
   */
  'createdAt': (number);
}
