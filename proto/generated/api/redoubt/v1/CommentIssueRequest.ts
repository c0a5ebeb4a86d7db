// Original file: redoubt/v1/issue.proto


export interface CommentIssueRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'number'?: (number);
  'text'?: (string);
}

export interface CommentIssueRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'number': (number);
  'text': (string);
}
