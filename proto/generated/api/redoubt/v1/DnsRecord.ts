// Original file: redoubt/v1/dns.proto


export interface DnsRecord {
  /**
   * The zone itself or a name under it.
   */
  'name'?: (string);
  /**
   * A, AAAA, CNAME, MX or TXT.
   */
  'type'?: (string);
  /**
   * Seconds; 0 means 300.
   */
  'ttl'?: (number);
  /**
   * The address (A, AAAA), target (CNAME, MX) or text (TXT).
   */
  'value'?: (string);
  /**
   * MX only; 0 means 10.
   */
  'priority'?: (number);
}

export interface DnsRecord__Output {
  /**
   * The zone itself or a name under it.
   */
  'name': (string);
  /**
   * A, AAAA, CNAME, MX or TXT.
   */
  'type': (string);
  /**
   * Seconds; 0 means 300.
   */
  'ttl': (number);
  /**
   * The address (A, AAAA), target (CNAME, MX) or text (TXT).
   */
  'value': (string);
  /**
   * MX only; 0 means 10.
   */
  'priority': (number);
}
