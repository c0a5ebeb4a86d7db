// Original file: redoubt/v1/passkeys.proto


export interface PasskeyPolicy {
  'allowedAaguids'?: (string)[];
  'deniedAaguids'?: (string)[];
}

export interface PasskeyPolicy__Output {
  'allowedAaguids': (string)[];
  'deniedAaguids': (string)[];
}
