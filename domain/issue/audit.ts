/** What the org's audit trail records of an issue's changes (its outbox; see audit/message.ts). */
import type { CommittedChange } from '../../actors/index.js';
import { auditMessage } from '../audit/index.js';
import type { AuditedPart, AuditMessage } from '../audit/index.js';
import type { IssueCommand, IssueState } from './protocol.js';

export function issueAudit(change: CommittedChange<IssueState, IssueCommand>): AuditMessage | undefined {
  const orgId = change.context.id.split('/')[0]!;
  return auditMessage(orgId, change, ({ before, after, command }): AuditedPart | undefined => {
    const part = (action: string, of: (state: IssueState) => unknown) => ({
      action,
      before: before.created ? of(before) : null,
      after: of(after),
    });
    switch (command.type) {
      case 'create':
        return part('issue.create', (state) => ({ title: state.title, column: state.column }));
      case 'move':
        return part('issue.move', (state) => ({ column: state.column }));
      case 'assign':
        return part('issue.assign', (state) => state.assignees);
      case 'label':
        return part('issue.label', (state) => state.labels);
      case 'comment':
        return part('issue.comment', (state) => state.comments.length);
      case 'link':
        return part('issue.link', (state) => state.auditLinks);
      default:
        return undefined;
    }
  });
}
