// Original file: redoubt/v1/project.proto


export interface CreateProjectRequest {
  'orgId'?: (string);
  'projectId'?: (string);
  'name'?: (string);
  /**
   * The board's columns (default: backlog, doing, review, done).
   */
  'columns'?: (string)[];
}

export interface CreateProjectRequest__Output {
  'orgId': (string);
  'projectId': (string);
  'name': (string);
  /**
   * The board's columns (default: backlog, doing, review, done).
   */
  'columns': (string)[];
}
