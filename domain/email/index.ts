/**
 * The email index: `email/<sha256 of the lower-cased address>` says which account an address
 * belongs to, so sign-up can refuse a taken address and login can find the account. The id is a
 * hash so that addresses never appear in journal subjects or shard maps; the address itself is
 * in the account.
 */
import { createHash } from 'node:crypto';
import { ANY_ORIGIN, fieldsOf, stringField, unknownCommand } from '../../actors/index.js';
import { Format } from '../../actors/index.js';
import { defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, NotFoundError } from '../../actors/index.js';

export type EmailCommand =
  /** Claim the address for an account; claiming it again for the same account is a no-op. */
  { readonly type: 'claim'; readonly accountId: string } | { readonly type: 'lookup' };

export type EmailEvent = { readonly type: 'claimed'; readonly accountId: string; readonly at: number };

export interface EmailState {
  readonly accountId: string | undefined;
}

export interface EmailReply {
  readonly accountId: string;
}

/** The index id of an address: SHA-256 (hex) of its trimmed, lower-cased form. */
export function emailIndexId(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

function decide(state: EmailState, command: EmailCommand, context: EntityContext): Decision<EmailEvent, EmailReply> {
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

export const emailIndex = defineEntity({
  kind: 'email',
  commands: {
    claim: ANY_ORIGIN,
    lookup: ANY_ORIGIN,
  },
  parseCommand(payload: unknown): EmailCommand {
    const fields = fieldsOf(payload);
    switch (fields['type']) {
      case 'claim':
        return { type: 'claim', accountId: stringField(fields, 'accountId', { max: 26, format: Format.accountId }) };
      case 'lookup':
        return { type: 'lookup' };
      default:
        throw unknownCommand('email', fields);
    }
  },
  initialState: (): EmailState => ({ accountId: undefined }),
  decide,
  evolve: (_state: EmailState, event: EmailEvent): EmailState => ({ accountId: event.accountId }),
});
