/** The state of an org's audit head and its fold. */
import type { AuditEvent, AuditHead } from './protocol.js';
import { GENESIS_HASH } from './protocol.js';

/** The head's state is the {@link AuditHead} that `read` replies. */
export type AuditState = AuditHead;

/** A trail with no record yet: its head is the genesis hash. */
export function initialAudit(): AuditState {
  return { seq: 0, head: GENESIS_HASH, pages: 0, pending: [], open: [], checkpoints: [] };
}

/** Folds one event into the head's state. */
export function evolveAudit(state: AuditState, event: AuditEvent): AuditState {
  switch (event.type) {
    case 'recorded':
      return { ...state, seq: event.record.seq, head: event.record.hash, open: [...state.open, event.record] };
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
