// Original file: redoubt/v1/admin.proto

import type { OrgEntry as _redoubt_v1_OrgEntry, OrgEntry__Output as _redoubt_v1_OrgEntry__Output } from '../../redoubt/v1/OrgEntry.js';

export interface ListOrgsResponse {
  'orgs'?: (_redoubt_v1_OrgEntry)[];
}

export interface ListOrgsResponse__Output {
  'orgs': (_redoubt_v1_OrgEntry__Output)[];
}
