// Original file: redoubt/v1/issue.proto


export interface CreateIssueRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'title'?: (string);
  'body'?: (string);
  'column'?: (string);
}

export interface CreateIssueRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'title': (string);
  'body': (string);
  'column': (string);
}
