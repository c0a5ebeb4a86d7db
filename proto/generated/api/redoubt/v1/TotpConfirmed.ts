// Original file: redoubt/v1/factors.proto

import type { Tokens as _redoubt_v1_Tokens, Tokens__Output as _redoubt_v1_Tokens__Output } from '../../redoubt/v1/Tokens.js';

export interface TotpConfirmed {
  /**
   * Shown this once: keep them apart from the authenticator. Each works once.
   */
  'recoveryCodes'?: (string)[];
  'tokens'?: (_redoubt_v1_Tokens | null);
}

export interface TotpConfirmed__Output {
  /**
   * Shown this once: keep them apart from the authenticator. Each works once.
   */
  'recoveryCodes': (string)[];
  'tokens': (_redoubt_v1_Tokens__Output | null);
}
