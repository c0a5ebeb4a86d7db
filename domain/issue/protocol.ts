/**
 * An issue of a project's kanban board: `issue/<org>/<project>/<number>`: title, body, the
 * column it stands in, assignees, labels, comments, and links to audit records (the changes it
 * served). Sealed with the org's key.
 */

/** A comment on an issue, numbered from 1 in the order they were made. */
export interface IssueComment {
  readonly id: number;
  readonly accountId: string;
  readonly text: string;
  readonly at: number;
}

/** The commands of an issue. */
export type IssueCommand =
  | {
      readonly type: 'create';
      readonly title: string;
      readonly body: string;
      readonly column: string;
      readonly createdBy: string;
    }
  | { readonly type: 'get' }
  | { readonly type: 'move'; readonly column: string }
  /** Replaces the assignees. */
  | { readonly type: 'assign'; readonly accountIds: readonly string[] }
  /** Replaces the labels. */
  | { readonly type: 'label'; readonly labels: readonly string[] }
  | { readonly type: 'comment'; readonly accountId: string; readonly text: string }
  /** Links the audit record of a change the issue served; linking it again is a no-op. */
  | { readonly type: 'link'; readonly auditSeq: number };

/** The events an issue records. */
export type IssueEvent =
  | {
      readonly type: 'created';
      readonly title: string;
      readonly body: string;
      readonly column: string;
      readonly createdBy: string;
      readonly at: number;
    }
  | { readonly type: 'moved'; readonly from: string; readonly column: string; readonly at: number }
  | { readonly type: 'assigned'; readonly accountIds: readonly string[]; readonly at: number }
  | { readonly type: 'labelled'; readonly labels: readonly string[]; readonly at: number }
  | { readonly type: 'commented'; readonly comment: IssueComment }
  | { readonly type: 'linked'; readonly auditSeq: number; readonly at: number };

/** An issue as it stands: its state is also what most commands reply. */
export interface IssueState {
  readonly created: boolean;
  readonly title: string;
  readonly body: string;
  readonly column: string;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly assignees: readonly string[];
  readonly labels: readonly string[];
  readonly comments: readonly IssueComment[];
  readonly auditLinks: readonly number[];
}

/** The replies of an issue: the issue after the command, or for `move` where it went from and to. */
/** Every command replies the issue as it stands after it: a caller needs no read after a change. */
export type IssueReply = IssueState;

/** Most comments an issue holds. */
export const MAX_COMMENTS = 1000;
/** Most assignees, and most labels, an issue carries. */
export const MAX_LIST = 20;
