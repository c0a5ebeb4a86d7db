// Original file: redoubt/v1/project.proto


export interface GetProjectRequest {
  'orgId'?: (string);
  'projectId'?: (string);
}

export interface GetProjectRequest__Output {
  'orgId': (string);
  'projectId': (string);
}
