// Original file: redoubt/v1/project.proto

import type { Long } from '@grpc/proto-loader';

export interface Project {
  'orgId'?: (string);
  'projectId'?: (string);
  'name'?: (string);
  /**
   * The board's columns, left to right.
   */
  'columns'?: (string)[];
  'memberCount'?: (number);
  'issueCount'?: (number);
  'externalsNeedSecondFactor'?: (boolean);
  'externalsMayExport'?: (boolean);
  'createdAt'?: (number | string | Long);
}

export interface Project__Output {
  'orgId': (string);
  'projectId': (string);
  'name': (string);
  /**
   * The board's columns, left to right.
   */
  'columns': (string)[];
  'memberCount': (number);
  'issueCount': (number);
  'externalsNeedSecondFactor': (boolean);
  'externalsMayExport': (boolean);
  'createdAt': (number);
}
