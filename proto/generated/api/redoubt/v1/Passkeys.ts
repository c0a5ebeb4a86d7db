// Original file: redoubt/v1/passkeys.proto

import type { Passkey as _redoubt_v1_Passkey, Passkey__Output as _redoubt_v1_Passkey__Output } from '../../redoubt/v1/Passkey.js';

export interface Passkeys {
  'passkeys'?: (_redoubt_v1_Passkey)[];
}

export interface Passkeys__Output {
  'passkeys': (_redoubt_v1_Passkey__Output)[];
}
