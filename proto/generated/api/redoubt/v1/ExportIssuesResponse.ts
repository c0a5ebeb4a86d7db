// Original file: redoubt/v1/issue.proto

import type { Issue as _redoubt_v1_Issue, Issue__Output as _redoubt_v1_Issue__Output } from '../../redoubt/v1/Issue.js';

export interface ExportIssuesResponse {
  'issues'?: (_redoubt_v1_Issue)[];
}

export interface ExportIssuesResponse__Output {
  'issues': (_redoubt_v1_Issue__Output)[];
}
