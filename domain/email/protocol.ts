/**
 * The email index: `email/<keyed hash of the lower-cased address>` says which account an address
 * belongs to, so sign-up can refuse a taken address and login can find the account. The id is an
 * HMAC-SHA-256 under the platform's name key (which the registry hands to nodes and gateways
 * with the envelope keys), so that addresses never appear in journal subjects, stores or shard
 * maps, and a stolen store cannot be searched for a known address by hashing it; the address
 * itself is sealed in the account.
 */
import { createHash, createHmac } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

function normalised(email: string): string {
  return email.trim().toLowerCase();
}

/** The index id of an address: base64url of HMAC-SHA-256(name key, trimmed lower-cased address). */
export function emailIndexId(email: string, nameKey: KeyObject): string {
  return createHmac('sha256', nameKey)
    .update(`email\n${normalised(email)}`)
    .digest('base64url');
}

/**
 * The id an address had before ids were keyed: SHA-256 (hex). Looked up only when the keyed id
 * finds nothing, so accounts made before keep working; sign-up refuses an address held there.
 */
export function legacyEmailIndexId(email: string): string {
  return createHash('sha256').update(normalised(email)).digest('hex');
}

/** The ids an address may be indexed under: its keyed id, then its legacy one. */
export interface EmailIds {
  readonly keyed: string;
  readonly legacy: string;
}

/** Both ids of an address. */
export function emailIdsOf(email: string, nameKey: KeyObject): EmailIds {
  return { keyed: emailIndexId(email, nameKey), legacy: legacyEmailIndexId(email) };
}

/** The account an address belongs to, as `claim` and `lookup` reply it. */
export type { ClaimReply as EmailReply } from '../claim-index/index.js';
