// Original file: redoubt/v1/dns.proto


export interface SecurityStatusReply {
  'secure'?: (boolean);
  /**
   * org-encrypted (DoH or DoT to the org's resolver), org-plain, other-resolver (someone else's
   * recursive resolver asked for the device) or unseen (another resolver answered).
   */
  'dns'?: (string);
  /**
   * udp, tcp, dot or doh, when the probe was seen.
   */
  'transport'?: (string);
  'orgId'?: (string);
  'deviceName'?: (string);
  /**
   * org, intercepted (another certificate than the gateway's) or unchecked.
   */
  'tls'?: (string);
  'advice'?: (string)[];
  'dohUrlTemplate'?: (string);
  'dotHostnameTemplate'?: (string);
}

export interface SecurityStatusReply__Output {
  'secure': (boolean);
  /**
   * org-encrypted (DoH or DoT to the org's resolver), org-plain, other-resolver (someone else's
   * recursive resolver asked for the device) or unseen (another resolver answered).
   */
  'dns': (string);
  /**
   * udp, tcp, dot or doh, when the probe was seen.
   */
  'transport': (string);
  'orgId': (string);
  'deviceName': (string);
  /**
   * org, intercepted (another certificate than the gateway's) or unchecked.
   */
  'tls': (string);
  'advice': (string)[];
  'dohUrlTemplate': (string);
  'dotHostnameTemplate': (string);
}
