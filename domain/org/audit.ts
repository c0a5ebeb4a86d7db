/** What the org's audit trail records of an org's changes (its outbox; see audit/message.ts). */
import type { CommittedChange } from '../../actors/index.js';
import { auditMessage } from '../audit/index.js';
import type { AuditMessage } from '../audit/index.js';
import type { OrgCommand } from './protocol.js';
import type { OrgState } from './state.js';

export function orgAudit(change: CommittedChange<OrgState, OrgCommand>): AuditMessage | undefined {
  return auditMessage(change.context.id, change, ({ before, after, command }) => {
    switch (command.type) {
      case 'create':
        return {
          action: 'org.create',
          before: null,
          after: { name: after.name, homeRegion: after.homeRegion, adminAccountId: command.adminAccountId },
        };
      case 'addMember':
        return {
          action: 'org.members.add',
          before: memberOf(before, command.accountId),
          after: memberOf(after, command.accountId),
        };
      case 'removeMember':
        return { action: 'org.members.remove', before: memberOf(before, command.accountId), after: null };
      case 'rename':
        return { action: 'org.update', before: { name: before.name }, after: { name: after.name } };
      case 'configure':
        return { action: 'org.settings.update', before: before.projectDefaults, after: after.projectDefaults };
      default:
        // Projects are audited by the project itself.
        return undefined;
    }
  });
}

function memberOf(state: OrgState, accountId: string): { accountId: string; role: string } | null {
  const member = state.members[accountId];
  return member === undefined ? null : { accountId, role: member.role };
}
