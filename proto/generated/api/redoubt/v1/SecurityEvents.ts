// Original file: redoubt/v1/account.proto

import type { SecurityEvent as _redoubt_v1_SecurityEvent, SecurityEvent__Output as _redoubt_v1_SecurityEvent__Output } from '../../redoubt/v1/SecurityEvent.js';

export interface SecurityEvents {
  'events'?: (_redoubt_v1_SecurityEvent)[];
}

export interface SecurityEvents__Output {
  'events': (_redoubt_v1_SecurityEvent__Output)[];
}
