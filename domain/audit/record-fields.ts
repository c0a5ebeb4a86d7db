/** Readers of audit entries, records and checkpoints as commands carry them (to the head, and to a page). */
import { fieldsOf, integerField, stringField } from '../../actors/index.js';
import { Format } from '../../actors/index.js';
import type { AuditEntry, AuditRecord, Checkpoint } from './protocol.js';

const HEX64 = /^[0-9a-f]{64}$/;
const EMPTY_OR_HEX64 = /^([0-9a-f]{64})?$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** @throws InvalidCommandError naming the field of the entry at fault */
export function parseAuditEntry(value: unknown): AuditEntry {
  const fields = fieldsOf(value);
  // Shown in the console's audit table: no control characters.
  const text = (name: string, max: number, min = 0) => stringField(fields, name, { min, max, format: Format.name });
  return {
    accountId: text('accountId', 64),
    sessionId: text('sessionId', 64),
    issueId: text('issueId', 128),
    action: text('action', 100, 1),
    target: text('target', 256, 1),
    before: stringField(fields, 'before', { min: 0, max: 64, pattern: EMPTY_OR_HEX64 }),
    after: stringField(fields, 'after', { min: 0, max: 64, pattern: EMPTY_OR_HEX64 }),
  };
}

/** @throws InvalidCommandError naming the field of the record at fault */
export function parseAuditRecord(value: unknown): AuditRecord {
  const fields = fieldsOf(value);
  return {
    ...parseAuditEntry(value),
    seq: integerField(fields, 'seq', 1, Number.MAX_SAFE_INTEGER),
    at: integerField(fields, 'at', 0, Number.MAX_SAFE_INTEGER),
    prev: stringField(fields, 'prev', { max: 64, pattern: HEX64 }),
    hash: stringField(fields, 'hash', { max: 64, pattern: HEX64 }),
  };
}

/** @throws InvalidCommandError naming the field of the checkpoint at fault */
export function parseCheckpoint(value: unknown): Omit<Checkpoint, 'at'> {
  const fields = fieldsOf(value);
  return {
    seq: integerField(fields, 'seq', 1, Number.MAX_SAFE_INTEGER),
    hash: stringField(fields, 'hash', { max: 64, pattern: HEX64 }),
    signature: stringField(fields, 'signature', { max: 200, pattern: BASE64 }),
    kid: stringField(fields, 'kid', { max: 100 }),
  };
}
