// Original file: redoubt/v1/project.proto

import type { ProjectAssurance as _redoubt_v1_ProjectAssurance, ProjectAssurance__Output as _redoubt_v1_ProjectAssurance__Output } from '../../redoubt/v1/ProjectAssurance.js';
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
  'assurance'?: (_redoubt_v1_ProjectAssurance | null);
  'smsAllowed'?: (boolean);
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
  'assurance': (_redoubt_v1_ProjectAssurance__Output | null);
  'smsAllowed': (boolean);
}
