/**
 * The email index: `email/<sha256 of the lower-cased address>` says which account an address
 * belongs to, so sign-up can refuse a taken address and login can find the account. The id is a
 * hash so that addresses never appear in journal subjects or shard maps; the address itself is
 * in the account.
 */
import { createHash } from 'node:crypto';

/** The index id of an address: SHA-256 (hex) of its trimmed, lower-cased form. */
export function emailIndexId(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** The commands of an email index entry. */
export type EmailCommand =
  /** Claim the address for an account; claiming it again for the same account is a no-op. */
  { readonly type: 'claim'; readonly accountId: string } | { readonly type: 'lookup' };

/** The one event of an email index entry: the address was claimed. */
export type EmailEvent = { readonly type: 'claimed'; readonly accountId: string; readonly at: number };

/** The account an address belongs to, as `claim` and `lookup` reply it. */
export interface EmailReply {
  readonly accountId: string;
}
