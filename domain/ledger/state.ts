/** The ledger's state and its fold. */
import type { LedgerEvent } from './protocol.js';

/** How many amounts were appended, their sum, and the last note given. */
export interface LedgerState {
  readonly count: number;
  readonly total: number;
  readonly lastNote: string | null;
}

/** A ledger with nothing appended. */
export function initialLedger(): LedgerState {
  return { count: 0, total: 0, lastNote: null };
}

/** Folds one event into a ledger's state. */
export function evolveLedger(state: LedgerState, event: LedgerEvent): LedgerState {
  switch (event.type) {
    case 'appended':
      return { count: state.count + 1, total: state.total + event.amount, lastNote: event.note ?? state.lastNote };
  }
}
