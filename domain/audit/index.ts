/** The audit kinds: `audit/<org>` (the chain's head and open page) and `audit-page/<org>/<n>` (full pages). */
import { ANY_ORIGIN, fieldsOf, integerField, stringField, unknownCommand } from '../../actors/index.js';
import { Format } from '../../actors/index.js';
import { defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, InvalidCommandError, NotFoundError } from '../../actors/index.js';
import { recordHash } from './chain.js';
import type {
  AuditCommand,
  AuditEntry,
  AuditEvent,
  AuditHead,
  AuditRecord,
  AuditReply,
  Checkpoint,
} from './protocol.js';
import { GENESIS_HASH, PAGE_SIZE } from './protocol.js';

const HEX64 = /^[0-9a-f]{64}$/;
const EMPTY_OR_HEX64 = /^([0-9a-f]{64})?$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

type HeadState = AuditHead;

function parseEntry(value: unknown): AuditEntry {
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

function parseHeadCommand(payload: unknown): AuditCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'append':
      return { type: 'append', entry: parseEntry(fields['entry']) };
    case 'pageStored':
      return { type: 'pageStored', page: integerField(fields, 'page', 0, Number.MAX_SAFE_INTEGER) };
    case 'checkpoint': {
      const checkpoint = fieldsOf(fields['checkpoint']);
      return {
        type: 'checkpoint',
        checkpoint: {
          seq: integerField(checkpoint, 'seq', 1, Number.MAX_SAFE_INTEGER),
          hash: stringField(checkpoint, 'hash', { max: 64, pattern: HEX64 }),
          signature: stringField(checkpoint, 'signature', { max: 200, pattern: BASE64 }),
          kid: stringField(checkpoint, 'kid', { max: 100 }),
        },
      };
    }
    case 'read':
      return { type: 'read' };
    default:
      throw unknownCommand('audit', fields);
  }
}

function decideHead(state: HeadState, command: AuditCommand, context: EntityContext): Decision<AuditEvent, AuditReply> {
  switch (command.type) {
    case 'append': {
      const base = { ...command.entry, seq: state.seq + 1, at: context.now, prev: state.head };
      const record: AuditRecord = { ...base, hash: recordHash(base) };
      const events: AuditEvent[] = [{ type: 'recorded', record }];
      if (state.open.length + 1 >= PAGE_SIZE)
        events.push({ type: 'pageClosed', page: state.pages + state.pending.length });
      const next = events.reduce(evolveHead, state);
      return { events, reply: { seq: record.seq, hash: record.hash, pending: next.pending } };
    }
    case 'pageStored':
      return state.pending.some((page) => page.page === command.page)
        ? { events: [{ type: 'pageMoved', page: command.page }], reply: { ok: true } }
        : { events: [], reply: { ok: true } };
    case 'checkpoint': {
      const { seq, hash } = command.checkpoint;
      const record = [...state.pending.flatMap((page) => page.records), ...state.open].find((r) => r.seq === seq);
      if (record === undefined || record.hash !== hash) {
        throw new CommandRejectedError(
          'CHECKPOINT_MISMATCH',
          `seq ${seq} with that hash is not a recent record of ${context.id}`,
        );
      }
      const checkpoint: Checkpoint = { ...command.checkpoint, at: context.now };
      return { events: [{ type: 'checkpointed', checkpoint }], reply: { ok: true } };
    }
    case 'read':
      return { events: [], reply: state };
  }
}

function evolveHead(state: HeadState, event: AuditEvent): HeadState {
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

export const audit = defineEntity({
  kind: 'audit',
  commands: {
    append: ANY_ORIGIN,
    checkpoint: ANY_ORIGIN,
    pageStored: ANY_ORIGIN,
    read: ANY_ORIGIN,
  },
  parseCommand: parseHeadCommand,
  initialState: (): HeadState => ({ seq: 0, head: GENESIS_HASH, pages: 0, pending: [], open: [], checkpoints: [] }),
  decide: decideHead,
  evolve: evolveHead,
  snapshotEvery: 64,
  // The org's trail is sealed with the org's key, like the rest of its data.
  keyScope: (id) => id,
});

/** A full page of an org's audit records: written once, then read only. */
export type AuditPageCommand =
  { readonly type: 'store'; readonly records: readonly AuditRecord[] } | { readonly type: 'read' };

type PageState = { readonly records: readonly AuditRecord[] | undefined };
type PageEvent = { readonly type: 'stored'; readonly records: readonly AuditRecord[] };

function parseRecord(value: unknown): AuditRecord {
  const fields = fieldsOf(value);
  return {
    ...parseEntry(value),
    seq: integerField(fields, 'seq', 1, Number.MAX_SAFE_INTEGER),
    at: integerField(fields, 'at', 0, Number.MAX_SAFE_INTEGER),
    prev: stringField(fields, 'prev', { max: 64, pattern: HEX64 }),
    hash: stringField(fields, 'hash', { max: 64, pattern: HEX64 }),
  };
}

export const auditPage = defineEntity({
  kind: 'audit-page',
  commands: {
    store: ANY_ORIGIN,
    read: ANY_ORIGIN,
  },
  parseCommand(payload: unknown): AuditPageCommand {
    const fields = fieldsOf(payload);
    switch (fields['type']) {
      case 'store': {
        const records = fields['records'];
        if (!Array.isArray(records) || records.length === 0 || records.length > PAGE_SIZE) {
          throw new InvalidCommandError(`records must hold 1 to ${PAGE_SIZE} records`, { field: 'records' });
        }
        return { type: 'store', records: records.map(parseRecord) };
      }
      case 'read':
        return { type: 'read' };
      default:
        throw unknownCommand('audit-page', fields);
    }
  },
  initialState: (): PageState => ({ records: undefined }),
  decide(
    state: PageState,
    command: AuditPageCommand,
    context: EntityContext,
  ): Decision<PageEvent, { records: readonly AuditRecord[] }> {
    if (command.type === 'read') {
      if (state.records === undefined)
        throw new NotFoundError(`no audit page ${context.id}`, { what: 'audit-page', id: context.id });
      return { events: [], reply: { records: state.records } };
    }
    if (state.records !== undefined) {
      // Storing the same page again (a retried move) is fine; other records never replace it.
      if (JSON.stringify(state.records) !== JSON.stringify(command.records)) {
        throw new CommandRejectedError('PAGE_EXISTS', `audit page ${context.id} holds other records already`);
      }
      return { events: [], reply: { records: state.records } };
    }
    return { events: [{ type: 'stored', records: command.records }], reply: { records: command.records } };
  },
  evolve: (_state: PageState, event: PageEvent): PageState => ({ records: event.records }),
  keyScope: (id) => id.slice(0, id.indexOf('/')),
});

export { checkChain, checkpointMessage, recordHash, stateDigest } from './chain.js';
export type { ChainProblem } from './chain.js';
export { GENESIS_HASH, PAGE_SIZE } from './protocol.js';
export type { AppendReply, AuditEntry, AuditHead, AuditRecord, Checkpoint, PendingPage } from './protocol.js';
