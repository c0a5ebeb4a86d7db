// Original file: redoubt/v1/dns.proto


export interface SetDnsGroupRequest {
  'orgId'?: (string);
  /**
   * Lower-case letters, digits and dashes ("kids", "night-shift").
   */
  'group'?: (string);
  /**
   * All its members (the group is set, not added to).
   */
  'accountIds'?: (string)[];
  /**
   * Removes the group instead (a rule for it then applies to nobody).
   */
  'remove'?: (boolean);
}

export interface SetDnsGroupRequest__Output {
  'orgId': (string);
  /**
   * Lower-case letters, digits and dashes ("kids", "night-shift").
   */
  'group': (string);
  /**
   * All its members (the group is set, not added to).
   */
  'accountIds': (string)[];
  /**
   * Removes the group instead (a rule for it then applies to nobody).
   */
  'remove': (boolean);
}
