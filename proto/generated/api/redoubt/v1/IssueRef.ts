// Original file: redoubt/v1/issue.proto


export interface IssueRef {
  'orgId'?: (string);
  'projectId'?: (string);
  'number'?: (number);
}

export interface IssueRef__Output {
  'orgId': (string);
  'projectId': (string);
  'number': (number);
}
