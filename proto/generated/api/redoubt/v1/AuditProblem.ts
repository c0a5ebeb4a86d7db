// Original file: redoubt/v1/audit.proto

import type { Long } from '@grpc/proto-loader';

export interface AuditProblem {
  'seq'?: (number | string | Long);
  /**
   * EDITED, REMOVED, REORDERED, BROKEN_LINK, TRUNCATED, BAD_CHECKPOINT or CHECKPOINT_MISMATCH.
   */
  'kind'?: (string);
  'detail'?: (string);
}

export interface AuditProblem__Output {
  'seq': (number);
  /**
   * EDITED, REMOVED, REORDERED, BROKEN_LINK, TRUNCATED, BAD_CHECKPOINT or CHECKPOINT_MISMATCH.
   */
  'kind': (string);
  'detail': (string);
}
