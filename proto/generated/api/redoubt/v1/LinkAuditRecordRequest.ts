// Original file: redoubt/v1/issue.proto

import type { Long } from '@grpc/proto-loader';

export interface LinkAuditRecordRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'number'?: (number);
  'auditSeq'?: (number | string | Long);
}

export interface LinkAuditRecordRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'number': (number);
  'auditSeq': (number);
}
