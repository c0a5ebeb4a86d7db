/** The commands, events, replies and state of an org's directory (`directory/<org>`): LDAP or Active Directory. */
import type { OrgRole } from '../account/protocol.js';

export const FLAVORS = ['openldap', 'active_directory'] as const;
export type DirectoryFlavor = (typeof FLAVORS)[number];

/**
 * A directory group whose members get an org role, or with `projectId` a role in that project
 * (of users who have an org role); the highest of a user's groups wins. A project named here is
 * the directory's to staff: its members follow the groups, its other members are removed.
 */
export interface GroupRole {
  readonly groupDn: string;
  readonly role: OrgRole;
  readonly projectId?: string;
}

/** How the org's directory is reached and read. */
export interface DirectoryConfig {
  readonly flavor: DirectoryFlavor;
  /** ldaps://host[:port], or ldap://host[:port] with StartTLS (always required). */
  readonly url: string;
  /** PEM of the CA the server's certificate is checked against; '' for the system's. */
  readonly caPem: string;
  /** The service account that searches the directory. */
  readonly bindDn: string;
  readonly bindPassword: string;
  /** Where users are searched (subtree). */
  readonly baseDn: string;
  /** Which entries are users, e.g. "(objectClass=inetOrgPerson)". */
  readonly userFilter: string;
  /** The attribute people sign in with: uid, sAMAccountName, mail … */
  readonly loginAttribute: string;
  readonly emailAttribute: string;
  readonly nameAttribute: string;
  readonly groupRoles: readonly GroupRole[];
  /** The role of a user in none of the mapped groups; undefined: such users may not sign in. */
  readonly defaultRole: OrgRole | undefined;
  /** How often the gateway syncs, in seconds; 0: only when asked (SyncDirectory). */
  readonly syncIntervalS: number;
  /** Whether password changes are written back to the directory (LDAPS only). */
  readonly passwordWriteBack: boolean;
  /** The name the server's certificate must carry when not the URL's host; '' for the URL's host. */
  readonly tlsServerName: string;
}

/** The shortest sync interval, in seconds. */
export const MIN_SYNC_INTERVAL_S = 10;

/** A directory user linked to an account, by the directory's own id (entryUUID, objectGUID). */
export interface LinkedUser {
  readonly accountId: string;
  /** False once the directory removed or disabled the user (the account is deactivated). */
  readonly active: boolean;
}

/** What a sync changed. */
export interface SyncStats {
  readonly created: number;
  readonly updated: number;
  readonly deactivated: number;
  readonly reactivated: number;
}

export type DirectoryCommand =
  | { readonly type: 'configure'; readonly config: DirectoryConfig }
  | { readonly type: 'remove' }
  /** The configuration without its secret, and the sync's state. */
  | { readonly type: 'get' }
  /** The configuration with its secret, the sync cursor and the linked users (for the gateway). */
  | { readonly type: 'connection' }
  /**
   * Claim the scheduled sync that is due now (a gateway's scheduler asks): the reply says whether
   * it is due; a claim holds for one interval, so that of several gateways only one syncs.
   */
  | { readonly type: 'claimSync' }
  /** Note a sign-in through the directory (for the org's audit trail). */
  | { readonly type: 'signedIn'; readonly accountId: string }
  /** Note that the account changed its directory password through Redoubt (for its security log). */
  | { readonly type: 'passwordWrittenBack'; readonly accountId: string }
  /** Link a directory user (by its uuid) to an account, or mark it active or not. */
  | { readonly type: 'link'; readonly uuid: string; readonly accountId: string; readonly active: boolean }
  /**
   * Record a sync that started at cursor `from` and read up to `to`: refused if another sync moved
   * the cursor meanwhile (it did the work).
   */
  | {
      readonly type: 'synced';
      readonly from: string;
      readonly to: string;
      readonly stats: SyncStats;
      readonly error: string;
    };

export type DirectoryEvent =
  | { readonly type: 'configured'; readonly config: DirectoryConfig; readonly at: number }
  | { readonly type: 'removed'; readonly at: number }
  | {
      readonly type: 'linked';
      readonly uuid: string;
      readonly accountId: string;
      readonly active: boolean;
      readonly at: number;
    }
  | { readonly type: 'syncClaimed'; readonly at: number }
  | { readonly type: 'passwordWrittenBack'; readonly accountId: string; readonly at: number }
  | { readonly type: 'signedIn'; readonly accountId: string; readonly at: number }
  | {
      readonly type: 'synced';
      readonly to: string;
      readonly stats: SyncStats;
      readonly error: string;
      readonly at: number;
    };

export interface LastSync {
  readonly at: number;
  readonly stats: SyncStats;
  /** '' when it went well. */
  readonly error: string;
}

export interface DirectoryState {
  readonly config: DirectoryConfig | undefined;
  readonly configuredAt: number;
  /** Where the next incremental sync starts: a modifyTimestamp (OpenLDAP) or a uSNChanged (AD); '' for all. */
  readonly cursor: string;
  readonly lastSync: LastSync | undefined;
  /** When a gateway last claimed a scheduled sync (0: never). */
  readonly syncClaimedAt: number;
  /** uuid → the linked account. */
  readonly users: Readonly<Record<string, LinkedUser>>;
}

/** The directory as `get` shows it: no secret. */
export interface DirectoryView extends Omit<DirectoryConfig, 'bindPassword'> {
  readonly orgId: string;
  readonly linkedUsers: number;
  readonly activeUsers: number;
  readonly lastSync: LastSync | undefined;
  readonly configuredAt: number;
}

export interface DirectoryConnection {
  readonly config: DirectoryConfig;
  readonly cursor: string;
  readonly users: Readonly<Record<string, LinkedUser>>;
}

export type DirectoryReply = { readonly ok: true } | { readonly due: boolean } | DirectoryView | DirectoryConnection;

/** Most directory users one org links (the entity holds them all). */
export const MAX_LINKED_USERS = 50_000;
