/**
 * An org: `org/<org id>`, its name, home region and members with their roles, the projects it
 * holds and the policy its new projects start with. Its data is sealed with the org's own data
 * key, so shredding the org's keys makes it unreadable.
 */
import type { OrgRole } from '../account/index.js';
import type { ProjectPolicy } from '../project/index.js';

/** The commands of an org. */
export type OrgCommand =
  | { readonly type: 'create'; readonly name: string; readonly homeRegion: string; readonly adminAccountId: string }
  | { readonly type: 'get' }
  | { readonly type: 'roleOf'; readonly accountId: string }
  | { readonly type: 'members' }
  | { readonly type: 'addMember'; readonly accountId: string; readonly role: OrgRole }
  | { readonly type: 'removeMember'; readonly accountId: string }
  | { readonly type: 'rename'; readonly name: string }
  | { readonly type: 'addProject'; readonly projectId: string; readonly name: string }
  /** Sets the org's settings: the policy new projects start with. */
  | { readonly type: 'configure'; readonly projectDefaults: ProjectPolicy }
  | { readonly type: 'projects' };

/** The events an org records. */
export type OrgEvent =
  | {
      readonly type: 'created';
      readonly name: string;
      readonly homeRegion: string;
      readonly adminAccountId: string;
      readonly at: number;
    }
  | { readonly type: 'memberSet'; readonly accountId: string; readonly role: OrgRole; readonly at: number }
  | { readonly type: 'memberRemoved'; readonly accountId: string; readonly at: number }
  | { readonly type: 'renamed'; readonly name: string; readonly at: number }
  | { readonly type: 'projectAdded'; readonly projectId: string; readonly name: string; readonly at: number }
  | { readonly type: 'configured'; readonly projectDefaults: ProjectPolicy; readonly at: number };

/** A member of an org: its role and since when (ms since the epoch) it has been a member. */
export interface OrgMember {
  readonly role: OrgRole;
  readonly since: number;
}

/** An org as `create`, `get`, `rename` and `configure` reply it. */
export interface OrgView {
  readonly orgId: string;
  readonly name: string;
  readonly homeRegion: string;
  readonly createdAt: number;
  readonly memberCount: number;
  readonly projectDefaults: ProjectPolicy;
}

/** A project of an org as `projects` lists it. */
export interface OrgProject {
  readonly projectId: string;
  readonly name: string;
  readonly createdAt: number;
}

/** The replies of an org. */
export type OrgReply =
  | OrgView
  | { readonly role: OrgRole | null }
  | { readonly members: readonly (OrgMember & { readonly accountId: string })[] }
  | { readonly projects: readonly OrgProject[] }
  | { readonly ok: true };

/** New projects let externals export and ask no second factor unless the org says otherwise. */
export const DEFAULT_PROJECT_POLICY: ProjectPolicy = Object.freeze({
  externalsNeedSecondFactor: false,
  externalsMayExport: true,
});

/** Most members an org holds in this entity. */
export const MAX_MEMBERS = 10_000;
/** Most projects an org holds. */
export const MAX_PROJECTS = 10_000;
