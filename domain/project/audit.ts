/** What the org's audit trail records of a project's changes (its outbox; see audit/message.ts). */
import type { CommittedChange } from '../../actors/index.js';
import { auditMessage } from '../audit/index.js';
import type { AuditMessage } from '../audit/index.js';
import type { ProjectCommand } from './protocol.js';
import type { ProjectState } from './state.js';

export function projectAudit(change: CommittedChange<ProjectState, ProjectCommand>): AuditMessage | undefined {
  const orgId = change.context.id.split('/')[0]!;
  return auditMessage(orgId, change, ({ before, after, command }) => {
    switch (command.type) {
      case 'create':
        return {
          action: 'project.create',
          before: null,
          after: { name: after.name, columns: after.columns, policy: after.policy },
        };
      case 'addMember':
        return {
          action: 'project.members.add',
          before: memberOf(before, command.accountId),
          after: memberOf(after, command.accountId),
        };
      case 'removeMember':
        return { action: 'project.members.remove', before: memberOf(before, command.accountId), after: null };
      case 'setPolicy':
        return { action: 'project.policy.set', before: before.policy, after: after.policy };
      case 'configureBoard':
        return { action: 'project.board.configure', before: before.columns, after: after.columns };
      default:
        // Numbering and indexing cards: the issue records its own changes.
        return undefined;
    }
  });
}

function memberOf(state: ProjectState, accountId: string): object | null {
  const member = state.members[accountId];
  return member === undefined ? null : { accountId, role: member.role, external: member.external };
}
