// Original file: redoubt/v1/org.proto

import type { Long } from '@grpc/proto-loader';

export interface Org {
  'orgId'?: (string);
  'name'?: (string);
  'homeRegion'?: (string);
  'createdAt'?: (number | string | Long);
  'memberCount'?: (number);
}

export interface Org__Output {
  'orgId': (string);
  'name': (string);
  'homeRegion': (string);
  'createdAt': (number);
  'memberCount': (number);
}
