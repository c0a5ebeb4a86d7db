/** The ledger's state and its fold. */
import type { LedgerEvent } from './protocol.js';

export interface LedgerState {
  readonly count: number;
  readonly total: number;
  readonly lastNote: string | null;
}

export function initialLedger(): LedgerState {
  return { count: 0, total: 0, lastNote: null };
}

export function evolveLedger(state: LedgerState, event: LedgerEvent): LedgerState {
  switch (event.type) {
    case 'appended':
      return { count: state.count + 1, total: state.total + event.amount, lastNote: event.note ?? state.lastNote };
  }
}
