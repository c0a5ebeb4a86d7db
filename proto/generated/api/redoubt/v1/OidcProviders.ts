// Original file: redoubt/v1/oidc.proto

import type { OidcProvider as _redoubt_v1_OidcProvider, OidcProvider__Output as _redoubt_v1_OidcProvider__Output } from '../../redoubt/v1/OidcProvider.js';

export interface OidcProviders {
  'providers'?: (_redoubt_v1_OidcProvider)[];
}

export interface OidcProviders__Output {
  'providers': (_redoubt_v1_OidcProvider__Output)[];
}
