// Original file: redoubt/v1/issue.proto


export interface LabelIssueRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'number'?: (number);
  'labels'?: (string)[];
}

export interface LabelIssueRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'number': (number);
  'labels': (string)[];
}
