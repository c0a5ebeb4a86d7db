/**
 * The ledger: a small diagnostic entity kind that appends amounts with an optional note. Tests,
 * benchmarks and the load simulator use it to exercise the runtime end to end.
 */

export type LedgerCommand =
  { readonly type: 'append'; readonly amount: number; readonly note?: string } | { readonly type: 'read' };

export type LedgerEvent = { readonly type: 'appended'; readonly amount: number; readonly note?: string };

export interface AppendReply {
  /** The sequence number of the appended event. */
  readonly seq: number;
  readonly count: number;
  readonly total: number;
}

export interface ReadReply {
  readonly count: number;
  readonly total: number;
  readonly lastNote: string | null;
}

export type LedgerReply = AppendReply | ReadReply;

/** Largest magnitude of one amount, so totals stay exact in a double. */
export const MAX_AMOUNT = 1_000_000_000;
/** Longest note, in characters. */
export const MAX_NOTE = 1024;
