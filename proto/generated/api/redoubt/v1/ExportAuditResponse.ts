// Original file: redoubt/v1/audit.proto

import type { AuditRecord as _redoubt_v1_AuditRecord, AuditRecord__Output as _redoubt_v1_AuditRecord__Output } from '../../redoubt/v1/AuditRecord.js';
import type { AuditCheckpoint as _redoubt_v1_AuditCheckpoint, AuditCheckpoint__Output as _redoubt_v1_AuditCheckpoint__Output } from '../../redoubt/v1/AuditCheckpoint.js';
import type { Long } from '@grpc/proto-loader';

export interface ExportAuditResponse {
  'records'?: (_redoubt_v1_AuditRecord)[];
  'checkpoints'?: (_redoubt_v1_AuditCheckpoint)[];
  'headSeq'?: (number | string | Long);
  'headHash'?: (string);
}

export interface ExportAuditResponse__Output {
  'records': (_redoubt_v1_AuditRecord__Output)[];
  'checkpoints': (_redoubt_v1_AuditCheckpoint__Output)[];
  'headSeq': (number);
  'headHash': (string);
}
