/** Validation and decisions of an email index entry. */
import { fieldsOf, stringField, unknownCommand } from '../../actors/index.js';
import { Format } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, NotFoundError } from '../../actors/index.js';
import type { EmailCommand, EmailEvent, EmailReply } from './protocol.js';
import type { EmailState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseEmailCommand(payload: unknown): EmailCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'claim':
      return { type: 'claim', accountId: stringField(fields, 'accountId', { max: 26, format: Format.accountId }) };
    case 'lookup':
      return { type: 'lookup' };
    default:
      throw unknownCommand('email', fields);
  }
}

/**
 * Decides what a command does to an email index entry.
 * @throws CommandRejectedError (`COMMAND_REJECTED`, reason `ALREADY_EXISTS`) when another account claimed the address
 * @throws NotFoundError (`NOT_FOUND`) on `lookup` of an address nobody claimed
 */
export function decideEmail(
  state: EmailState,
  command: EmailCommand,
  context: EntityContext,
): Decision<EmailEvent, EmailReply> {
  switch (command.type) {
    case 'claim':
      if (state.accountId === command.accountId) return { events: [], reply: { accountId: command.accountId } };
      if (state.accountId !== undefined) {
        throw new CommandRejectedError('ALREADY_EXISTS', 'that email address belongs to another account');
      }
      return {
        events: [{ type: 'claimed', accountId: command.accountId, at: context.now }],
        reply: { accountId: command.accountId },
      };
    case 'lookup':
      if (state.accountId === undefined) throw new NotFoundError('no account has that address', { what: 'account' });
      return { events: [], reply: { accountId: state.accountId } };
  }
}
