// Original file: redoubt/v1/issue.proto

import type { IssueComment as _redoubt_v1_IssueComment, IssueComment__Output as _redoubt_v1_IssueComment__Output } from '../../redoubt/v1/IssueComment.js';
import type { Long } from '@grpc/proto-loader';

export interface Issue {
  'orgId'?: (string);
  'projectId'?: (string);
  'number'?: (number);
  'title'?: (string);
  'body'?: (string);
  'column'?: (string);
  'assigneeIds'?: (string)[];
  'labels'?: (string)[];
  'comments'?: (_redoubt_v1_IssueComment)[];
  /**
   * Audit record seqs of the org's trail that this issue served.
   */
  'auditLinks'?: (number | string | Long)[];
  'createdBy'?: (string);
  'createdAt'?: (number | string | Long);
}

export interface Issue__Output {
  'orgId': (string);
  'projectId': (string);
  'number': (number);
  'title': (string);
  'body': (string);
  'column': (string);
  'assigneeIds': (string)[];
  'labels': (string)[];
  'comments': (_redoubt_v1_IssueComment__Output)[];
  /**
   * Audit record seqs of the org's trail that this issue served.
   */
  'auditLinks': (number)[];
  'createdBy': (string);
  'createdAt': (number);
}
