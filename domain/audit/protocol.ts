/**
 * An org's audit trail: `audit/<org>` is the head of a hash chain of records, one per change
 * (who, through which session, when, what, the digests of the state before and after, and the
 * issue it serves). Each record's hash covers its fields and the previous record's hash, so an
 * edited, removed or reordered record breaks the chain. Full pages of records move to
 * `audit-page/<org>/<n>` entities; checkpoints (a record's seq and hash, signed by a registry
 * key) make a truncated or rewritten chain detectable too.
 */

/** What the caller records; seq, time, prev and hash are the head's. */
export interface AuditEntry {
  readonly accountId: string;
  readonly sessionId: string;
  readonly issueId: string;
  /** The permission exercised, e.g. `org.members.add`. */
  readonly action: string;
  /** The entity changed, e.g. `org/acme`. */
  readonly target: string;
  /** SHA-256 (hex) of the changed part before and after; '' for none (created, removed). */
  readonly before: string;
  readonly after: string;
}

export interface AuditRecord extends AuditEntry {
  readonly seq: number;
  readonly at: number;
  /** The previous record's hash (GENESIS_HASH for the first). */
  readonly prev: string;
  readonly hash: string;
}

export interface Checkpoint {
  readonly seq: number;
  readonly hash: string;
  /** base64 Ed25519 signature by the registry's audit signer over checkpointMessage(). */
  readonly signature: string;
  readonly kid: string;
  readonly at: number;
}

/** Where a record comes from: an entity's journal record (see message.ts). */
export interface AuditSource {
  readonly entity: string;
  readonly seq: number;
}

export type AuditCommand =
  | { readonly type: 'append'; readonly entry: AuditEntry; readonly source: AuditSource }
  | { readonly type: 'pageStored'; readonly page: number }
  | { readonly type: 'checkpoint'; readonly checkpoint: Omit<Checkpoint, 'at'> }
  | { readonly type: 'read' };

export type AuditEvent =
  | { readonly type: 'recorded'; readonly record: AuditRecord; readonly source?: AuditSource }
  | { readonly type: 'pageClosed'; readonly page: number }
  | { readonly type: 'pageMoved'; readonly page: number }
  | { readonly type: 'checkpointed'; readonly checkpoint: Checkpoint };

/** A full page waiting to be stored in its page entity. */
export interface PendingPage {
  readonly page: number;
  readonly records: readonly AuditRecord[];
}

export interface AppendReply {
  /** The record's seq; the head's for a repeat. */
  readonly seq: number;
  readonly hash: string;
  /** True when the source's record was recorded before (nothing was appended). */
  readonly duplicate: boolean;
  /** The seq of the last checkpoint, 0 for none. */
  readonly checkpointed: number;
  /** Pages to store in their page entities, then confirm with `pageStored`. */
  readonly pending: readonly PendingPage[];
}

export interface AuditHead {
  readonly seq: number;
  readonly head: string;
  /** Pages stored in page entities: `audit-page/<org>/0` … `<pages - 1>`. */
  readonly pages: number;
  readonly pending: readonly PendingPage[];
  /** Records not in a page yet, oldest first. */
  readonly open: readonly AuditRecord[];
  readonly checkpoints: readonly Checkpoint[];
}

export type AuditReply = AppendReply | AuditHead | { readonly ok: true };

export const PAGE_SIZE = 256;
export const GENESIS_HASH = '0'.repeat(64);
