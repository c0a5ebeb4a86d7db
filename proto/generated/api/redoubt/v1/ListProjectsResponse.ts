// Original file: redoubt/v1/project.proto

import type { ProjectEntry as _redoubt_v1_ProjectEntry, ProjectEntry__Output as _redoubt_v1_ProjectEntry__Output } from '../../redoubt/v1/ProjectEntry.js';

export interface ListProjectsResponse {
  'projects'?: (_redoubt_v1_ProjectEntry)[];
}

export interface ListProjectsResponse__Output {
  'projects': (_redoubt_v1_ProjectEntry__Output)[];
}
