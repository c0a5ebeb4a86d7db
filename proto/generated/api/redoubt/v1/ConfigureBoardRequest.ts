// Original file: redoubt/v1/project.proto


export interface ConfigureBoardRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'columns'?: (string)[];
}

export interface ConfigureBoardRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'columns': (string)[];
}
