/** Validation and decisions of an org's audit head. */
import { fieldsOf, integerField, stringField, unknownCommand } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError } from '../../actors/index.js';
import { recordHash } from './chain.js';
import type { AuditCommand, AuditEvent, AuditRecord, AuditReply, AuditSource, Checkpoint } from './protocol.js';
import { PAGE_SIZE } from './protocol.js';
import { parseAuditEntry, parseCheckpoint } from './record-fields.js';
import { evolveAudit, lastFrom } from './state.js';
import type { AuditState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseAuditCommand(payload: unknown): AuditCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'append':
      return { type: 'append', entry: parseAuditEntry(fields['entry']), source: parseSource(fields['source']) };
    case 'pageStored':
      return { type: 'pageStored', page: integerField(fields, 'page', 0, Number.MAX_SAFE_INTEGER) };
    case 'checkpoint':
      return { type: 'checkpoint', checkpoint: parseCheckpoint(fields['checkpoint']) };
    case 'read':
      return { type: 'read' };
    default:
      throw unknownCommand('audit', fields);
  }
}

/**
 * Decides what a command does to the head: `append` chains a record (and closes the open page
 * when it is full), `pageStored` drops a page its page entity now holds, `checkpoint` records a
 * signed checkpoint of a recent record.
 * @throws CommandRejectedError (`COMMAND_REJECTED`, reason `CHECKPOINT_MISMATCH`) for a
 *   checkpoint whose seq and hash are not those of a record the head still holds
 */
export function decideAudit(
  state: AuditState,
  command: AuditCommand,
  context: EntityContext,
): Decision<AuditEvent, AuditReply> {
  switch (command.type) {
    case 'append': {
      const checkpointed = state.checkpoints.at(-1)?.seq ?? 0;
      // Messages of one source come in its order: one at or before the last recorded is a repeat.
      if (command.source.seq <= lastFrom(state, command.source.entity)) {
        return {
          events: [],
          reply: { seq: state.seq, hash: state.head, duplicate: true, checkpointed, pending: state.pending },
        };
      }
      const base = { ...command.entry, seq: state.seq + 1, at: context.now, prev: state.head };
      const record: AuditRecord = { ...base, hash: recordHash(base) };
      const events: AuditEvent[] = [{ type: 'recorded', record, source: command.source }];
      if (state.open.length + 1 >= PAGE_SIZE)
        events.push({ type: 'pageClosed', page: state.pages + state.pending.length });
      const next = events.reduce(evolveAudit, state);
      return {
        events,
        reply: { seq: record.seq, hash: record.hash, duplicate: false, checkpointed, pending: next.pending },
      };
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
    case 'read': {
      const { sources: _sources, ...head } = state;
      return { events: [], reply: head };
    }
  }
}

/** The source of a record: an entity address and the seq of its journal record. */
function parseSource(value: unknown): AuditSource {
  const fields = fieldsOf(value);
  return {
    entity: stringField(fields, 'entity', { min: 3, max: 300 }),
    seq: integerField(fields, 'seq', 1, Number.MAX_SAFE_INTEGER),
  };
}
