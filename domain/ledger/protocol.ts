/**
 * The ledger: a small diagnostic entity kind that appends amounts with an optional note. Tests,
 * benchmarks and the load simulator use it to exercise the runtime end to end.
 */

/** The commands of a ledger. */
export type LedgerCommand =
  { readonly type: 'append'; readonly amount: number; readonly note?: string } | { readonly type: 'read' };

/** The one event of a ledger: an amount was appended. */
export type LedgerEvent = { readonly type: 'appended'; readonly amount: number; readonly note?: string };

/** What `append` replies: the event's sequence number and the new totals. */
export interface AppendReply {
  /** The sequence number of the appended event. */
  readonly seq: number;
  readonly count: number;
  readonly total: number;
}

/** What `read` replies: the totals and the last note. */
export interface ReadReply {
  readonly count: number;
  readonly total: number;
  readonly lastNote: string | null;
}

/** The replies of a ledger. */
export type LedgerReply = AppendReply | ReadReply;

/** Largest magnitude of one amount, so totals stay exact in a double. */
export const MAX_AMOUNT = 1_000_000_000;
/** Longest note, in characters. */
export const MAX_NOTE = 1024;
