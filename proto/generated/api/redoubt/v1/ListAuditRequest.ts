// Original file: redoubt/v1/audit.proto

import type { Long } from '@grpc/proto-loader';

export interface ListAuditRequest {
  'orgId'?: (string);
  /**
   * Records after this sequence number (0: from the start).
   */
  'afterSeq'?: (number | string | Long);
  /**
   * At most this many records (default 100).
   */
  'limit'?: (number);
}

export interface ListAuditRequest__Output {
  'orgId': (string);
  /**
   * Records after this sequence number (0: from the start).
   */
  'afterSeq': (number);
  /**
   * At most this many records (default 100).
   */
  'limit': (number);
}
