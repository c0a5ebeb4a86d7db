// Original file: redoubt/v1/issue.proto


export interface MoveIssueRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'number'?: (number);
  'column'?: (string);
}

export interface MoveIssueRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'number': (number);
  'column': (string);
}
