// Original file: redoubt/v1/factors.proto


export interface RecoveryCodes {
  'recoveryCodes'?: (string)[];
}

export interface RecoveryCodes__Output {
  'recoveryCodes': (string)[];
}
