// Original file: redoubt/v1/issue.proto


export interface AssignIssueRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'number'?: (number);
  'assigneeIds'?: (string)[];
}

export interface AssignIssueRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'number': (number);
  'assigneeIds': (string)[];
}
