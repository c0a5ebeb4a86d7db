// Original file: redoubt/v1/audit.proto

import type { AuditProblem as _redoubt_v1_AuditProblem, AuditProblem__Output as _redoubt_v1_AuditProblem__Output } from '../../redoubt/v1/AuditProblem.js';
import type { Long } from '@grpc/proto-loader';

export interface VerifyAuditResponse {
  'ok'?: (boolean);
  'headSeq'?: (number | string | Long);
  'recordsChecked'?: (number);
  'checkpointsChecked'?: (number);
  'problems'?: (_redoubt_v1_AuditProblem)[];
}

export interface VerifyAuditResponse__Output {
  'ok': (boolean);
  'headSeq': (number);
  'recordsChecked': (number);
  'checkpointsChecked': (number);
  'problems': (_redoubt_v1_AuditProblem__Output)[];
}
