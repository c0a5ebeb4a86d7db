/** The state of an audit page and its fold. */
import type { AuditRecord } from '../audit/index.js';
import type { AuditPageEvent } from './protocol.js';

/** The page's records; undefined until they are stored. */
export interface AuditPageState {
  readonly records: readonly AuditRecord[] | undefined;
}

/** A page with no records stored yet. */
export function initialAuditPage(): AuditPageState {
  return { records: undefined };
}

/** Folds one event into a page's state. */
export function evolveAuditPage(_state: AuditPageState, event: AuditPageEvent): AuditPageState {
  return { records: event.records };
}
