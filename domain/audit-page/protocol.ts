/**
 * A full page of an org's audit records: `audit-page/<org>/<n>`, written once by the head's
 * page move, then read only. Sealed with the org's key.
 */
import type { AuditRecord } from '../audit/index.js';

/** The commands of an audit page. */
export type AuditPageCommand =
  /** Stores the page's records; storing the same records again (a retried move) is a no-op. */
  { readonly type: 'store'; readonly records: readonly AuditRecord[] } | { readonly type: 'read' };

/** The one event of an audit page: its records were stored. */
export type AuditPageEvent = { readonly type: 'stored'; readonly records: readonly AuditRecord[] };

/** The records of the page, as `store` and `read` reply them. */
export interface AuditPageReply {
  readonly records: readonly AuditRecord[];
}
