// Original file: redoubt/v1/audit.proto

import type { Long } from '@grpc/proto-loader';

export interface AuditCheckpoint {
  'seq'?: (number | string | Long);
  'hash'?: (string);
  'kid'?: (string);
  'signature'?: (string);
  'at'?: (number | string | Long);
}

export interface AuditCheckpoint__Output {
  'seq': (number);
  'hash': (string);
  'kid': (string);
  'signature': (string);
  'at': (number);
}
