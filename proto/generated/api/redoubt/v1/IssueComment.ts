// Original file: redoubt/v1/issue.proto

import type { Long } from '@grpc/proto-loader';

export interface IssueComment {
  'id'?: (number);
  'accountId'?: (string);
  'text'?: (string);
  'at'?: (number | string | Long);
}

export interface IssueComment__Output {
  'id': (number);
  'accountId': (string);
  'text': (string);
  'at': (number);
}
