/** What a session's changes tell its account's security log (see security-log/). */
import type { CommittedChange, TellMessage } from '../../actors/index.js';
import { securityEntry } from '../security-log/index.js';
import type { SessionCommand, SessionState } from './protocol.js';

export function sessionSecurity(change: CommittedChange<SessionState, SessionCommand>): TellMessage | undefined {
  const { before, after, command, context } = change;
  const sessionId = context.id;
  switch (command.type) {
    case 'open':
      return securityEntry(
        after.accountId,
        { action: 'login', sessionId, factor: command.factor, device: command.device },
        context,
      );
    case 'addFactor':
      return securityEntry(after.accountId, { action: 'session.step_up', sessionId, factor: command.factor }, context);
    case 'revoke':
    case 'rotate':
      // A revocation asked for, or a reused refresh token's.
      return before.revoked === undefined && after.revoked !== undefined
        ? securityEntry(after.accountId, { action: 'session.revoked', sessionId, detail: after.revoked }, context)
        : undefined;
    case 'status':
      return undefined;
  }
}
