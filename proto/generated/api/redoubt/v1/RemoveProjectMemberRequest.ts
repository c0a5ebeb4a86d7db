// Original file: redoubt/v1/project.proto


export interface RemoveProjectMemberRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'accountId'?: (string);
}

export interface RemoveProjectMemberRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'accountId': (string);
}
