// Original file: redoubt/v1/audit.proto

import type { Long } from '@grpc/proto-loader';

export interface AuditRecord {
  'seq'?: (number | string | Long);
  /**
   * Milliseconds since the Unix epoch.
   */
  'at'?: (number | string | Long);
  'accountId'?: (string);
  'sessionId'?: (string);
  /**
   * The issue the change served (request metadata x-redoubt-issue).
   */
  'issueId'?: (string);
  /**
   * The permission used, e.g. "org.members.add".
   */
  'action'?: (string);
  /**
   * The entity changed, e.g. "org/acme".
   */
  'target'?: (string);
  /**
   * SHA-256 of the changed part before and after ("" for none).
   */
  'before'?: (string);
  'after'?: (string);
  'prev'?: (string);
  'hash'?: (string);
}

export interface AuditRecord__Output {
  'seq': (number);
  /**
   * Milliseconds since the Unix epoch.
   */
  'at': (number);
  'accountId': (string);
  'sessionId': (string);
  /**
   * The issue the change served (request metadata x-redoubt-issue).
   */
  'issueId': (string);
  /**
   * The permission used, e.g. "org.members.add".
   */
  'action': (string);
  /**
   * The entity changed, e.g. "org/acme".
   */
  'target': (string);
  /**
   * SHA-256 of the changed part before and after ("" for none).
   */
  'before': (string);
  'after': (string);
  'prev': (string);
  'hash': (string);
}
