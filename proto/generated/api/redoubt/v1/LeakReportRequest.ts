// Original file: redoubt/v1/dns.proto


export interface LeakReportRequest {
  'orgId'?: (string);
  /**
   * The last N days, today included; 0 means 7.
   */
  'days'?: (number);
  /**
   * Only the caller's own queries (what a non-admin always gets).
   */
  'mine'?: (boolean);
}

export interface LeakReportRequest__Output {
  'orgId': (string);
  /**
   * The last N days, today included; 0 means 7.
   */
  'days': (number);
  /**
   * Only the caller's own queries (what a non-admin always gets).
   */
  'mine': (boolean);
}
