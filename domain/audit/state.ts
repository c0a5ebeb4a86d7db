/** The state of an org's audit head and its fold. */
import type { AuditEvent, AuditHead } from './protocol.js';
import { GENESIS_HASH } from './protocol.js';

/**
 * The head's state: the {@link AuditHead} that `read` replies, and for each source entity the seq
 * of its last record in the trail, so a message delivered again is recorded once.
 */
export interface AuditState extends AuditHead {
  readonly sources?: Readonly<Record<string, number>>;
}

/** A trail with no record yet: its head is the genesis hash. */
export function initialAudit(): AuditState {
  return { seq: 0, head: GENESIS_HASH, pages: 0, pending: [], open: [], checkpoints: [], sources: {} };
}

/** The seq of the source's last record in the trail, 0 for none. */
export function lastFrom(state: AuditState, entity: string): number {
  return state.sources?.[entity] ?? 0;
}

/** Folds one event into the head's state. */
export function evolveAudit(state: AuditState, event: AuditEvent): AuditState {
  switch (event.type) {
    case 'recorded': {
      const next = { ...state, seq: event.record.seq, head: event.record.hash, open: [...state.open, event.record] };
      return event.source === undefined
        ? next
        : { ...next, sources: { ...state.sources, [event.source.entity]: event.source.seq } };
    }
    case 'pageClosed':
      return { ...state, open: [], pending: [...state.pending, { page: event.page, records: state.open }] };
    case 'pageMoved': {
      const pending = state.pending.filter((page) => page.page !== event.page);
      return { ...state, pending, pages: Math.max(state.pages, event.page + 1) };
    }
    case 'checkpointed':
      return { ...state, checkpoints: [...state.checkpoints, event.checkpoint] };
  }
}
