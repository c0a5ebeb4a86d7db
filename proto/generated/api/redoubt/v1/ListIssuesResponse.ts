// Original file: redoubt/v1/issue.proto

import type { IssueSummary as _redoubt_v1_IssueSummary, IssueSummary__Output as _redoubt_v1_IssueSummary__Output } from '../../redoubt/v1/IssueSummary.js';

export interface ListIssuesResponse {
  'issues'?: (_redoubt_v1_IssueSummary)[];
}

export interface ListIssuesResponse__Output {
  'issues': (_redoubt_v1_IssueSummary__Output)[];
}
