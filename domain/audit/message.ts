/**
 * The outbox message by which an org's entity tells the org's audit trail about a committed
 * change (see actors/runtime/outbox.ts): made by the entity from the change itself, with the
 * caller of the command, so no committed change of an audited kind can escape the trail.
 */
import { fieldsOf, InvalidCommandError, stringField } from '../../actors/index.js';
import type { CommittedChange, OutboxMessage } from '../../actors/index.js';
import { stateDigest } from './chain.js';
import type { AuditEntry } from './protocol.js';
import { parseAuditEntry } from './record-fields.js';

export interface AuditMessage extends OutboxMessage {
  readonly type: 'audit';
  readonly orgId: string;
  readonly entry: AuditEntry;
  /** One of several orgs the same record goes to (a member's security event): see {@link MemberAuditMessage}. */
  readonly fanOut?: boolean;
}

/**
 * The outbox message by which an account's security log tells the trails of the orgs the account
 * belongs to about an entry (a login, a factor enrolled or failed, a step-up): the same entry in
 * each, recorded once per org.
 */
export interface MemberAuditMessage extends OutboxMessage {
  readonly type: 'member-audit';
  readonly orgIds: readonly string[];
  readonly entry: AuditEntry;
}

/** Most orgs one member-audit message goes to (an account's memberships beyond it are not told). */
export const MAX_FAN_OUT = 100;

/** What a kind says of one of its changes: the permission used and the part it changed. */
export interface AuditedPart {
  /** The permission the change uses, e.g. `org.members.add`. */
  readonly action: string;
  /** What the digests cover, before and after; undefined or null for none (created, removed). */
  readonly before: unknown;
  readonly after: unknown;
  /** Who acted when not the caller: the account a sign-in signed in (its caller is anonymous). */
  readonly accountId?: string;
}

/**
 * The audit message of a committed change of an org's entity.
 * @param describe - the audited part of the change, or undefined for a change the trail ignores
 *   (bookkeeping such as a project's index of cards)
 */
export function auditMessage<S, C>(
  orgId: string,
  change: CommittedChange<S, C>,
  describe: (change: CommittedChange<S, C>) => AuditedPart | undefined,
): AuditMessage | undefined {
  const part = describe(change);
  if (part === undefined) return undefined;
  const { caller, entity } = change.context;
  return {
    type: 'audit',
    orgId,
    entry: {
      accountId: part.accountId ?? caller.accountId,
      sessionId: caller.sessionId,
      issueId: caller.issueId,
      action: part.action,
      target: entity,
      before: stateDigest(part.before),
      after: stateDigest(part.after),
    },
  };
}

/** @returns one audit message per org @throws InvalidCommandError for a message that is not a member-audit message */
export function parseMemberAuditMessage(message: OutboxMessage): AuditMessage[] {
  const fields = fieldsOf(message);
  const orgIds = fields['orgIds'];
  if (fields['type'] !== 'member-audit' || !Array.isArray(orgIds) || orgIds.length > MAX_FAN_OUT) {
    throw new InvalidCommandError('not a member-audit message', { field: 'type' });
  }
  const entry = parseAuditEntry(fields['entry']);
  return orgIds.map((orgId: unknown) => ({
    type: 'audit',
    orgId: stringField({ orgId }, 'orgId', { min: 1, max: 64 }),
    entry,
    fanOut: true,
  }));
}

/** @throws InvalidCommandError for a message that is not an audit message */
export function parseAuditMessage(message: OutboxMessage): AuditMessage {
  const fields = fieldsOf(message);
  if (fields['type'] !== 'audit') throw new InvalidCommandError('not an audit message', { field: 'type' });
  return {
    type: 'audit',
    orgId: stringField(fields, 'orgId', { min: 1, max: 64 }),
    entry: parseAuditEntry(fields['entry']),
  };
}
