/** Validation and decisions of the ledger. */
import type { Decision, EntityContext } from '../../actors/index.js';
import { fieldsOf, InvalidCommandError, unknownCommand } from '../../actors/index.js';
import type { LedgerCommand, LedgerEvent, LedgerReply } from './protocol.js';
import { MAX_AMOUNT, MAX_NOTE } from './protocol.js';
import type { LedgerState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseLedgerCommand(payload: unknown): LedgerCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'append': {
      const amount = fields['amount'];
      const note = fields['note'];
      if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || Math.abs(amount) > MAX_AMOUNT) {
        throw new InvalidCommandError(`amount must be an integer within ±${MAX_AMOUNT}`, { field: 'amount' });
      }
      if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE)) {
        throw new InvalidCommandError(`note must be a string of at most ${MAX_NOTE} characters`, { field: 'note' });
      }
      return note === undefined ? { type: 'append', amount } : { type: 'append', amount, note };
    }
    case 'read':
      return { type: 'read' };
    default:
      throw unknownCommand('ledger', fields);
  }
}

/** Decides what a command does to a ledger: `append` adds an amount, `read` reports the totals. */
export function decideLedger(
  state: LedgerState,
  command: LedgerCommand,
  context: EntityContext,
): Decision<LedgerEvent, LedgerReply> {
  switch (command.type) {
    case 'append': {
      const event: LedgerEvent =
        command.note === undefined
          ? { type: 'appended', amount: command.amount }
          : { type: 'appended', amount: command.amount, note: command.note };
      return {
        events: [event],
        reply: { seq: context.nextSeq, count: state.count + 1, total: state.total + command.amount },
      };
    }
    case 'read':
      return { events: [], reply: { count: state.count, total: state.total, lastNote: state.lastNote } };
  }
}
