// Original file: redoubt/v1/admin.proto

import type { Long } from '@grpc/proto-loader';

export interface LookupAccountResponse {
  'accountId'?: (string);
  'displayName'?: (string);
  'emailVerified'?: (boolean);
  'superadmin'?: (boolean);
  'createdAt'?: (number | string | Long);
}

export interface LookupAccountResponse__Output {
  'accountId': (string);
  'displayName': (string);
  'emailVerified': (boolean);
  'superadmin': (boolean);
  'createdAt': (number);
}
