/** What the org's audit trail records of its directory: settings, links, syncs that changed something, sign-ins. */
import type { CommittedChange } from '../../actors/index.js';
import { auditMessage } from '../audit/index.js';
import type { AuditMessage } from '../audit/index.js';
import type { DirectoryCommand, DirectoryConfig, DirectoryState } from './protocol.js';

export function directoryAudit(change: CommittedChange<DirectoryState, DirectoryCommand>): AuditMessage | undefined {
  return auditMessage(change.context.id, change, ({ before, after, command }) => {
    switch (command.type) {
      case 'configure':
        return { action: 'org.directory.set', before: shown(before.config), after: shown(after.config) };
      case 'remove':
        return { action: 'org.directory.remove', before: shown(before.config), after: null };
      case 'link':
        return {
          action: 'org.directory.link',
          before: linkOf(before, command.uuid),
          after: linkOf(after, command.uuid),
        };
      case 'synced': {
        const { stats, error } = command;
        const changed = stats.created + stats.updated + stats.deactivated + stats.reactivated > 0;
        return changed || error !== ''
          ? {
              action: 'org.directory.sync',
              before: { cursor: before.cursor },
              after: { cursor: after.cursor, stats, error },
            }
          : undefined;
      }
      case 'signedIn':
        return {
          action: 'auth.login.directory',
          accountId: command.accountId,
          before: null,
          after: { accountId: command.accountId },
        };
      default:
        return undefined;
    }
  });
}

/** The settings without the service account's password (a digest of a secret could be guessed at). */
function shown(config: DirectoryConfig | undefined): object | null {
  if (config === undefined) return null;
  const { bindPassword: _secret, ...rest } = config;
  return rest;
}

function linkOf(state: DirectoryState, uuid: string): object | null {
  const user = state.users[uuid];
  return user === undefined ? null : { uuid, ...user };
}
