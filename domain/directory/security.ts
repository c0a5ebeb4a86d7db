/** What an org's directory tells its users' security logs (see security-log/). */
import type { CommittedChange, TellMessage } from '../../actors/index.js';
import { securityEntry } from '../security-log/index.js';
import type { DirectoryCommand, DirectoryState } from './protocol.js';

export function directorySecurity(change: CommittedChange<DirectoryState, DirectoryCommand>): TellMessage | undefined {
  const { command, context } = change;
  return command.type === 'passwordWrittenBack'
    ? securityEntry(
        command.accountId,
        { action: 'password.changed', factor: 'ldap', detail: `in the directory of org ${context.id}` },
        context,
      )
    : undefined;
}
