/**
 * A project of an org: `project/<org>/<project>`, its members (internal or external, with a
 * role), its policy for externals, its kanban board's columns and the index of its issues.
 * Sealed with the org's key.
 */
import type { OrgRole } from '../account/index.js';
import type { AssuranceNeed } from '../session/assurance.js';

/** How a project treats its external members. */
export interface ProjectPolicy {
  /** External members must have signed in with a second factor (WebAuthn or TOTP). */
  readonly externalsNeedSecondFactor: boolean;
  /** External members may export the project's issues. */
  readonly externalsMayExport: boolean;
  /** How strongly each class of member must have signed in to reach the project (step-up); absent: nothing more. */
  readonly assurance?: ClassAssurance;
  /** SMS counts as a factor here (a restricted one, off unless the policy allows it). */
  readonly smsAllowed?: boolean;
}

/** A project's assurance needs by class of member: externals, internal members, admins. */
export interface ClassAssurance {
  readonly externals?: AssuranceNeed;
  readonly members?: AssuranceNeed;
  readonly admins?: AssuranceNeed;
}

export const MEMBER_CLASSES = ['externals', 'members', 'admins'] as const;
/** The longest a policy may ask a factor to be recent: a day. */
export const MAX_FACTOR_AGE_S = 86_400;

/** A member of a project: its role, whether it is external, and since when. */
export interface ProjectMember {
  readonly role: OrgRole;
  readonly external: boolean;
  readonly since: number;
}

/** An issue as the project's index holds it. */
export interface IssueSummary {
  readonly number: number;
  readonly title: string;
  readonly column: string;
}

/** The commands of a project. */
export type ProjectCommand =
  | {
      readonly type: 'create';
      readonly name: string;
      readonly adminAccountId: string;
      readonly columns: readonly string[];
      /** The policy it starts with (the org's defaults). */
      readonly policy: ProjectPolicy;
    }
  | { readonly type: 'get' }
  | { readonly type: 'roleOf'; readonly accountId: string }
  | { readonly type: 'addMember'; readonly accountId: string; readonly role: OrgRole; readonly external: boolean }
  | { readonly type: 'removeMember'; readonly accountId: string }
  | { readonly type: 'setPolicy'; readonly policy: ProjectPolicy }
  | { readonly type: 'configureBoard'; readonly columns: readonly string[] }
  /** Takes the next issue number and indexes the new issue. */
  | { readonly type: 'openIssue'; readonly title: string; readonly column: string }
  | { readonly type: 'indexIssue'; readonly issue: IssueSummary }
  /** Moves an indexed card to another column of the board: checks both, before the issue moves. */
  | { readonly type: 'moveCard'; readonly number: number; readonly column: string }
  | { readonly type: 'issues' };

/** The events a project records. */
export type ProjectEvent =
  | {
      readonly type: 'created';
      readonly name: string;
      readonly adminAccountId: string;
      readonly columns: readonly string[];
      readonly policy: ProjectPolicy;
      readonly at: number;
    }
  | {
      readonly type: 'memberSet';
      readonly accountId: string;
      readonly role: OrgRole;
      readonly external: boolean;
      readonly at: number;
    }
  | { readonly type: 'memberRemoved'; readonly accountId: string; readonly at: number }
  | { readonly type: 'policySet'; readonly policy: ProjectPolicy; readonly at: number }
  | { readonly type: 'boardConfigured'; readonly columns: readonly string[]; readonly at: number }
  | { readonly type: 'issueIndexed'; readonly issue: IssueSummary; readonly at: number };

/** A project as `create`, `get`, `setPolicy` and `configureBoard` reply it. */
export interface ProjectView {
  readonly name: string;
  readonly createdAt: number;
  readonly policy: ProjectPolicy;
  readonly columns: readonly string[];
  readonly memberCount: number;
  readonly issueCount: number;
}

/** The replies of a project. */
export type ProjectReply =
  | ProjectView
  | { readonly role: OrgRole | null; readonly external: boolean; readonly policy: ProjectPolicy }
  | { readonly number: number }
  | { readonly issues: readonly IssueSummary[] }
  | { readonly ok: true };

/** The columns of a new project's board unless it names its own. */
export const DEFAULT_COLUMNS = ['backlog', 'doing', 'review', 'done'] as const;
/** Most issues a project holds. */
export const MAX_ISSUES = 50_000;
