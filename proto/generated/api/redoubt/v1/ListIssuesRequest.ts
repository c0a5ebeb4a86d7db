// Original file: redoubt/v1/issue.proto


export interface ListIssuesRequest {
  'orgId'?: (string);
  'projectId'?: (string);
}

export interface ListIssuesRequest__Output {
  'orgId': (string);
  'projectId': (string);
}
