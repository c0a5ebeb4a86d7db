/** Validation and decisions of an audit page. */
import { fieldsOf, unknownCommand } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, InvalidCommandError, NotFoundError } from '../../actors/index.js';
import { PAGE_SIZE, parseAuditRecord } from '../audit/index.js';
import type { AuditPageCommand, AuditPageEvent, AuditPageReply } from './protocol.js';
import type { AuditPageState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseAuditPageCommand(payload: unknown): AuditPageCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'store': {
      const records = fields['records'];
      if (!Array.isArray(records) || records.length === 0 || records.length > PAGE_SIZE) {
        throw new InvalidCommandError(`records must hold 1 to ${PAGE_SIZE} records`, { field: 'records' });
      }
      return { type: 'store', records: records.map(parseAuditRecord) };
    }
    case 'read':
      return { type: 'read' };
    default:
      throw unknownCommand('audit-page', fields);
  }
}

/**
 * Decides what a command does to a page.
 * @throws NotFoundError (`NOT_FOUND`) on `read` of a page not stored yet
 * @throws CommandRejectedError (`COMMAND_REJECTED`, reason `PAGE_EXISTS`) when other records are stored already
 */
export function decideAuditPage(
  state: AuditPageState,
  command: AuditPageCommand,
  context: EntityContext,
): Decision<AuditPageEvent, AuditPageReply> {
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
}
