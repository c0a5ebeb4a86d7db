// Original file: redoubt/v1/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface OrgEntry {
  'orgId'?: (string);
  'name'?: (string);
  'homeRegion'?: (string);
  'createdAt'?: (number | string | Long);
}

export interface OrgEntry__Output {
  'orgId': (string);
  'name': (string);
  'homeRegion': (string);
  'createdAt': (number);
}
