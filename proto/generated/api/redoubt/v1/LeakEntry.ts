// Original file: redoubt/v1/dns.proto

import type { Long } from '@grpc/proto-loader';

export interface LeakEntry {
  /**
   * The account id, "network" for plain DNS from the org's networks, or a member's pseudonym
   * ("member-…") in an admin's report.
   */
  'user'?: (string);
  /**
   * Set when the user is shown by account.
   */
  'accountId'?: (string);
  'deviceId'?: (string);
  'deviceName'?: (string);
  /**
   * The registrable domain (tracker.example for a.b.tracker.example).
   */
  'domain'?: (string);
  /**
   * tracker, ads, malware or other.
   */
  'category'?: (string);
  'queries'?: (number | string | Long);
  'blocked'?: (number | string | Long);
}

export interface LeakEntry__Output {
  /**
   * The account id, "network" for plain DNS from the org's networks, or a member's pseudonym
   * ("member-…") in an admin's report.
   */
  'user': (string);
  /**
   * Set when the user is shown by account.
   */
  'accountId': (string);
  'deviceId': (string);
  'deviceName': (string);
  /**
   * The registrable domain (tracker.example for a.b.tracker.example).
   */
  'domain': (string);
  /**
   * tracker, ads, malware or other.
   */
  'category': (string);
  'queries': (number);
  'blocked': (number);
}
