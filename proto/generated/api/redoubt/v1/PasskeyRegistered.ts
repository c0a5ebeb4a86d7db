// Original file: redoubt/v1/passkeys.proto

import type { Passkey as _redoubt_v1_Passkey, Passkey__Output as _redoubt_v1_Passkey__Output } from '../../redoubt/v1/Passkey.js';
import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from '../../redoubt/v1/Tokens.js';

export interface PasskeyRegistered {
  'passkey'?: (_redoubt_v1_Passkey | null);
  /**
   * The session, raised by the passkey just proven.
   */
  'tokens'?: (_redoubt_v1_Tokens | null);
}

export interface PasskeyRegistered__Output {
  'passkey': (_redoubt_v1_Passkey__Output | null);
  /**
   * The session, raised by the passkey just proven.
   */
  'tokens': (_redoubt_v1_Tokens__Output | null);
}
