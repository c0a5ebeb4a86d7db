// Original file: redoubt/v1/passkeys.proto


export interface GetPasskeyPolicyRequest {
  'orgId'?: (string);
}

export interface GetPasskeyPolicyRequest__Output {
  'orgId': (string);
}
