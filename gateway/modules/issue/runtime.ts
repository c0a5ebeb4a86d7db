/** What the issue module runs: issues, and IssueService. */
import type { AnyEntityKind } from '../../../actors/index.js';
import { issue } from '../../../domain/index.js';
import type { ServiceFactory, ServiceSamples } from '../../module.js';
import { issueService } from '../../services/issue-service.js';

/** `issue/<org>/<project>/<number>`. */
export const kinds: readonly AnyEntityKind[] = [issue];

/** IssueService. */
export const services: Readonly<Record<string, ServiceFactory>> = { 'redoubt.v1.IssueService': issueService };

/** Well-formed requests of every method (issue 1 may or may not exist: that is the handler's business). */
export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.IssueService': ({ orgId, projectId, accountId, unique: n }) => ({
    CreateIssue: { orgId, projectId, title: `Issue ${n}` },
    GetIssue: { orgId, projectId, number: 1 },
    ListIssues: { orgId, projectId },
    MoveIssue: { orgId, projectId, number: 1, column: 'doing' },
    AssignIssue: { orgId, projectId, number: 1, assigneeIds: [accountId] },
    LabelIssue: { orgId, projectId, number: 1, labels: ['bug'] },
    CommentIssue: { orgId, projectId, number: 1, text: `Comment ${n}` },
    LinkAuditRecord: { orgId, projectId, number: 1, auditSeq: 1 },
    ExportIssues: { orgId, projectId },
  }),
};
