// Original file: redoubt/v1/audit.proto

import type { AuditRecord as _redoubt_v1_AuditRecord, AuditRecord__Output as _redoubt_v1_AuditRecord__Output } from '../../redoubt/v1/AuditRecord.js';

export interface ListAuditResponse {
  'records'?: (_redoubt_v1_AuditRecord)[];
}

export interface ListAuditResponse__Output {
  'records': (_redoubt_v1_AuditRecord__Output)[];
}
