/**
 * An `org-home/<org>` entity is the directory entry that pins an org to its home region: the only
 * region where the org's entities activate; an `account-home/<account>` entity does the same for
 * an account and its sessions (same commands and events). The first assignment pins it; moving it needs the
 * region it is expected to be in (compare-and-set), so two operators cannot both move it blindly.
 */

export type OrgHomeCommand =
  | {
      /** Pin the org to `region`; repeating the same region is a no-op, another one is refused. */
      readonly type: 'assign';
      readonly region: string;
    }
  | {
      /** Move the org from `from` (its current region, as the caller knows it) to `region`. */
      readonly type: 'move';
      readonly region: string;
      readonly from: string;
    }
  | { readonly type: 'lookup' };

export type OrgHomeEvent =
  | { readonly type: 'assigned'; readonly region: string; readonly at: number }
  | { readonly type: 'moved'; readonly from: string; readonly region: string; readonly at: number };

export interface OrgHomeReply {
  readonly org: string;
  readonly region: string;
  /** When the org came to this region. */
  readonly since: number;
  /** How many times it was moved. */
  readonly moves: number;
  /** Whether this command changed the directory (false for a lookup or a repeated assign). */
  readonly changed: boolean;
}

/** The reply of an `account-home` entity: {@link OrgHomeReply} with the account in place of the org. */
export type AccountHomeReply = Omit<OrgHomeReply, 'org'> & { readonly account: string };
