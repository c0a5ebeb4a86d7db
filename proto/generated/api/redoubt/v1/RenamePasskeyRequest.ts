// Original file: redoubt/v1/passkeys.proto


export interface RenamePasskeyRequest {
  'id'?: (string);
  'name'?: (string);
}

export interface RenamePasskeyRequest__Output {
  'id': (string);
  'name': (string);
}
