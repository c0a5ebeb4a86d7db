// Original file: redoubt/v1/dns.proto


/**
 * A filter list the resolver offers.
 */
export interface DnsList {
  'name'?: (string);
  /**
   * tracker, ads, malware or other.
   */
  'category'?: (string);
  'domains'?: (number);
}

/**
 * A filter list the resolver offers.
 */
export interface DnsList__Output {
  'name': (string);
  /**
   * tracker, ads, malware or other.
   */
  'category': (string);
  'domains': (number);
}
