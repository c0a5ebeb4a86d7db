// Original file: redoubt/v1/project.proto

import type { Long } from '@grpc/proto-loader';

export interface ProjectEntry {
  'projectId'?: (string);
  'name'?: (string);
  'createdAt'?: (number | string | Long);
}

export interface ProjectEntry__Output {
  'projectId': (string);
  'name': (string);
  'createdAt': (number);
}
