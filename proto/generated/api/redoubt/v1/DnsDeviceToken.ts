// Original file: redoubt/v1/dns.proto


export interface DnsDeviceToken {
  'deviceId'?: (string);
  /**
   * 26 lower-case letters and digits: keep it like a password (whoever has it is taken for this
   * device by the resolver).
   */
  'token'?: (string);
  /**
   * For browsers and Apple devices: https://<resolver>/dns-query/<token>.
   */
  'dohUrl'?: (string);
  /**
   * For Android's Private DNS and other DoT clients: <token>.<the resolver's DoT name>.
   */
  'dotHostname'?: (string);
  /**
   * An Apple configuration profile (.mobileconfig, XML) that sets the DoH URL on iOS and macOS.
   */
  'appleProfile'?: (string);
}

export interface DnsDeviceToken__Output {
  'deviceId': (string);
  /**
   * 26 lower-case letters and digits: keep it like a password (whoever has it is taken for this
   * device by the resolver).
   */
  'token': (string);
  /**
   * For browsers and Apple devices: https://<resolver>/dns-query/<token>.
   */
  'dohUrl': (string);
  /**
   * For Android's Private DNS and other DoT clients: <token>.<the resolver's DoT name>.
   */
  'dotHostname': (string);
  /**
   * An Apple configuration profile (.mobileconfig, XML) that sets the DoH URL on iOS and macOS.
   */
  'appleProfile': (string);
}
