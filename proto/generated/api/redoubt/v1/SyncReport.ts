// Original file: redoubt/v1/directory.proto

import type { Long } from '@grpc/proto-loader';

export interface SyncReport {
  'created'?: (number);
  'updated'?: (number);
  'deactivated'?: (number);
  'reactivated'?: (number);
  /**
   * Milliseconds since the Unix epoch.
   */
  'at'?: (number | string | Long);
  /**
   * Empty when the sync went well.
   */
  'error'?: (string);
}

export interface SyncReport__Output {
  'created': (number);
  'updated': (number);
  'deactivated': (number);
  'reactivated': (number);
  /**
   * Milliseconds since the Unix epoch.
   */
  'at': (number);
  /**
   * Empty when the sync went well.
   */
  'error': (string);
}
