// Original file: redoubt/v1/oidc.proto

import type { SignInProvider as _redoubt_v1_SignInProvider, SignInProvider__Output as _redoubt_v1_SignInProvider__Output } from '../../redoubt/v1/SignInProvider.js';

export interface SignInProviders {
  'providers'?: (_redoubt_v1_SignInProvider)[];
}

export interface SignInProviders__Output {
  'providers': (_redoubt_v1_SignInProvider__Output)[];
}
