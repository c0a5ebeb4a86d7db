// Original file: redoubt/v1/passkeys.proto


export interface RemovePasskeyRequest {
  'id'?: (string);
}

export interface RemovePasskeyRequest__Output {
  'id': (string);
}
