// Original file: redoubt/v1/passkeys.proto


export interface SetPasskeyPolicyRequest {
  'orgId'?: (string);
  /**
   * AAGUIDs as UUIDs, e.g. "ee882879-721c-4913-9775-3dfcce97072a".
   */
  'allowedAaguids'?: (string)[];
  'deniedAaguids'?: (string)[];
}

export interface SetPasskeyPolicyRequest__Output {
  'orgId': (string);
  /**
   * AAGUIDs as UUIDs, e.g. "ee882879-721c-4913-9775-3dfcce97072a".
   */
  'allowedAaguids': (string)[];
  'deniedAaguids': (string)[];
}
