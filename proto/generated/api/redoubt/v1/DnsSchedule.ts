// Original file: redoubt/v1/dns.proto


/**
 * Lists switched on for part of the week.
 */
export interface DnsSchedule {
  'lists'?: (string)[];
  /**
   * ISO weekdays: 1 (Monday) to 7 (Sunday).
   */
  'days'?: (number)[];
  /**
   * Minutes after local midnight: from inclusive, to exclusive (from > to spans midnight).
   */
  'fromMinute'?: (number);
  'toMinute'?: (number);
  /**
   * An IANA time zone, e.g. Europe/Berlin.
   */
  'timeZone'?: (string);
}

/**
 * Lists switched on for part of the week.
 */
export interface DnsSchedule__Output {
  'lists': (string)[];
  /**
   * ISO weekdays: 1 (Monday) to 7 (Sunday).
   */
  'days': (number)[];
  /**
   * Minutes after local midnight: from inclusive, to exclusive (from > to spans midnight).
   */
  'fromMinute': (number);
  'toMinute': (number);
  /**
   * An IANA time zone, e.g. Europe/Berlin.
   */
  'timeZone': (string);
}
