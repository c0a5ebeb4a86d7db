// Original file: redoubt/v1/project.proto


export interface ListProjectsRequest {
  'orgId'?: (string);
}

export interface ListProjectsRequest__Output {
  'orgId': (string);
}
