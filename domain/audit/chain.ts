/** The hash chain's arithmetic, shared by the head (when recording) and verifiers. */
import { createHash } from 'node:crypto';
import type { AuditEntry, AuditRecord } from './protocol.js';

/** SHA-256 (hex) of a record: every field in a fixed order, and the previous hash. */
export function recordHash(
  record: AuditEntry & { readonly seq: number; readonly at: number; readonly prev: string },
): string {
  const fields = [
    record.seq,
    record.at,
    record.accountId,
    record.sessionId,
    record.issueId,
    record.action,
    record.target,
    record.before,
    record.after,
    record.prev,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** SHA-256 (hex) of a value's JSON: the before/after digests of records. */
export function stateDigest(value: unknown): string {
  return value === undefined || value === null ? '' : createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export type ChainProblem = { readonly seq: number; readonly kind: string; readonly detail: string };

/**
 * Checks records (as stored, in storage order) against the chain rules.
 * @returns every problem found: EDITED (hash does not match the fields), REMOVED (a seq is
 *   missing), REORDERED (out of order), BROKEN_LINK (prev is not the previous hash)
 */
export function checkChain(records: readonly AuditRecord[], genesis: string): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let previous = genesis;
  for (const record of records) {
    if (recordHash(record) !== record.hash) {
      problems.push({ seq: record.seq, kind: 'EDITED', detail: 'the record does not match its hash' });
    }
    if (record.seq < expectedSeq) {
      problems.push({
        seq: record.seq,
        kind: 'REORDERED',
        detail: `seq ${record.seq} stands after seq ${expectedSeq - 1}`,
      });
    } else if (record.seq > expectedSeq) {
      problems.push({
        seq: expectedSeq,
        kind: 'REMOVED',
        detail: `seq ${expectedSeq}${record.seq - 1 > expectedSeq ? ` to ${record.seq - 1}` : ''} missing`,
      });
    }
    if (record.prev !== previous) {
      problems.push({ seq: record.seq, kind: 'BROKEN_LINK', detail: 'prev is not the hash of the record before it' });
    }
    expectedSeq = Math.max(expectedSeq, record.seq + 1);
    previous = record.hash;
  }
  return problems;
}
