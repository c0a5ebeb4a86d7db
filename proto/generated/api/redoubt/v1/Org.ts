// Original file: redoubt/v1/org.proto

import type { Long } from '@grpc/proto-loader';

export interface Org {
  'orgId'?: (string);
  'name'?: (string);
  'homeRegion'?: (string);
  'createdAt'?: (number | string | Long);
  'memberCount'?: (number);
  /**
   * New projects ask external members for a second factor.
   */
  'externalsNeedSecondFactorByDefault'?: (boolean);
  /**
   * New projects let external members export.
   */
  'externalsMayExportByDefault'?: (boolean);
  /**
   * New projects count SMS codes as a second factor (off by default: SMS is a restricted factor).
   */
  'smsAllowedByDefault'?: (boolean);
}

export interface Org__Output {
  'orgId': (string);
  'name': (string);
  'homeRegion': (string);
  'createdAt': (number);
  'memberCount': (number);
  /**
   * New projects ask external members for a second factor.
   */
  'externalsNeedSecondFactorByDefault': (boolean);
  /**
   * New projects let external members export.
   */
  'externalsMayExportByDefault': (boolean);
  /**
   * New projects count SMS codes as a second factor (off by default: SMS is a restricted factor).
   */
  'smsAllowedByDefault': (boolean);
}
