/**
 * The platform's list of orgs: `org-index/platform`, one entry per org (id, name, home region,
 * created), for platform superadmins. Platform data: it names orgs, never their contents. A
 * rename of an org renames its entry too, so the list shows orgs by their current names.
 */

/** The id of the one org index. */
export const ORG_INDEX_ID = 'platform';
/** Most orgs the index holds. */
export const MAX_INDEXED_ORGS = 100_000;

/** An org as the index lists it. */
export interface IndexedOrg {
  readonly orgId: string;
  readonly name: string;
  readonly homeRegion: string;
  readonly createdAt: number;
}

/** The commands of the org index. */
export type OrgIndexCommand =
  /** Adds an org; adding an org that is indexed already is a no-op. */
  | { readonly type: 'add'; readonly orgId: string; readonly name: string; readonly homeRegion: string }
  /** Renames an indexed org (NOT_FOUND when it is not in the index); the same name again is a no-op. */
  | { readonly type: 'rename'; readonly orgId: string; readonly name: string }
  | { readonly type: 'list' };

/** The events the org index records. */
export type OrgIndexEvent =
  | { readonly type: 'added'; readonly org: IndexedOrg }
  | { readonly type: 'renamed'; readonly orgId: string; readonly name: string };

/** The replies of the org index. */
export type OrgIndexReply = { readonly orgs: readonly IndexedOrg[] } | { readonly ok: true };
