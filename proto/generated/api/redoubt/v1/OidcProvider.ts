// Original file: redoubt/v1/oidc.proto

import type { Role as _redoubt_v1_Role, Role__Output as _redoubt_v1_Role__Output } from '../../redoubt/v1/Role.js';

export interface OidcProvider {
  'providerId'?: (string);
  'displayName'?: (string);
  'issuer'?: (string);
  'clientId'?: (string);
  'acrValues'?: (string)[];
  'trustUpstreamMfa'?: (boolean);
  'mfaAcrValues'?: (string)[];
  'defaultRole'?: (_redoubt_v1_Role);
}

export interface OidcProvider__Output {
  'providerId': (string);
  'displayName': (string);
  'issuer': (string);
  'clientId': (string);
  'acrValues': (string)[];
  'trustUpstreamMfa': (boolean);
  'mfaAcrValues': (string)[];
  'defaultRole': (_redoubt_v1_Role__Output);
}
