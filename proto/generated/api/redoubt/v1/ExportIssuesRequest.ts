// Original file: redoubt/v1/issue.proto


export interface ExportIssuesRequest {
  'orgId'?: (string);
  'projectId'?: (string);
}

export interface ExportIssuesRequest__Output {
  'orgId': (string);
  'projectId': (string);
}
