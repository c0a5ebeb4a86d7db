/**
 * An account's own security log: `security-log/acc_…`, living with its account, readable by its
 * owner. Logins and failed logins, step-ups, revoked sessions, password changes, and second factors
 * enrolled, used, failed, locked or removed. Entries come from the committed changes of the
 * account, its sessions and its factors, as tells from their outbox (`securityEntry`), so an entry
 * is as certain as the change; each source record is logged once. The newest 200 are kept.
 */
import {
  ANY_ORIGIN,
  defineEntity,
  fieldsOf,
  integerField,
  InvalidCommandError,
  parseOrgId,
  stringField,
  SYSTEM_ONLY,
  tell,
  unknownCommand,
} from '../../actors/index.js';
import type { CommittedChange, Decision, EntityContext, TellMessage } from '../../actors/index.js';
import { MAX_FAN_OUT, stateDigest } from '../audit/index.js';
import type { MemberAuditMessage } from '../audit/index.js';

export interface SecurityEntry {
  /** `login`, `login.failed`, `factor.totp.enrolled`, `session.step_up`, … */
  readonly action: string;
  readonly at: number;
  readonly sessionId?: string;
  readonly factor?: string;
  readonly device?: string;
  /** A short explanation (why a session was revoked, until when a factor is locked). */
  readonly detail?: string;
}

export type SecurityLogCommand =
  | {
      readonly type: 'record';
      readonly entry: SecurityEntry;
      /** The record the entry comes from: logged once. */
      readonly source: { readonly entity: string; readonly seq: number };
    }
  | { readonly type: 'list'; readonly limit: number }
  /** The orgs the account belongs to now (told by the account): their trails hear of each entry. */
  | { readonly type: 'memberships'; readonly orgIds: readonly string[] };

type SecurityLogEvent =
  | {
      readonly type: 'recorded';
      readonly entry: SecurityEntry;
      readonly source: { readonly entity: string; readonly seq: number };
    }
  | { readonly type: 'membershipsSet'; readonly orgIds: readonly string[] };

export interface SecurityLogState {
  /** Oldest first. */
  readonly entries: readonly SecurityEntry[];
  /** The newest seq logged per source entity (the most recent sources). */
  readonly sources: Readonly<Record<string, number>>;
  /** The orgs whose audit trails hear of each entry (absent in logs from before it was kept). */
  readonly orgIds?: readonly string[];
}

export type SecurityLogReply = { readonly recorded: boolean } | { readonly entries: readonly SecurityEntry[] };

/** How many entries a log keeps (the newest). */
export const SECURITY_LOG_KEPT = 200;
const KEEP = SECURITY_LOG_KEPT;
const KEEP_SOURCES = 256;
const ACTION = /^[a-z_]+(\.[a-z_]+){0,3}$/;
/** Most orgs one account belongs to, as far as its log knows. */
const MAX_MEMBERSHIPS = 1000;

/**
 * The tell that logs `entry` for `accountId`, from the change a kind's `outbox` sees.
 * @param context - the committing entity's context: its entity and the record's seq name the source
 */
export function securityEntry(
  accountId: string,
  entry: Omit<SecurityEntry, 'at'>,
  context: EntityContext,
): TellMessage {
  return tell('security-log', accountId, {
    type: 'record',
    entry: { ...entry, at: context.now },
    source: { entity: context.entity, seq: context.nextSeq },
  } as SecurityLogCommand);
}

/** The tell that gives an account's log the orgs it belongs to now (from the account's outbox). */
export function securityMemberships(accountId: string, orgIds: readonly string[]): TellMessage {
  return tell('security-log', accountId, { type: 'memberships', orgIds } as SecurityLogCommand);
}

function parseEntry(value: unknown): SecurityEntry {
  const fields = fieldsOf(value);
  const optional = (name: string, max: number) =>
    fields[name] === undefined ? {} : { [name]: stringField(fields, name, { min: 0, max }) };
  return {
    action: stringField(fields, 'action', { max: 64, pattern: ACTION }),
    at: integerField(fields, 'at', 0, Number.MAX_SAFE_INTEGER),
    ...optional('sessionId', 128),
    ...optional('factor', 32),
    ...optional('device', 100),
    ...optional('detail', 200),
  };
}

function decide(state: SecurityLogState, command: SecurityLogCommand): Decision<SecurityLogEvent, SecurityLogReply> {
  switch (command.type) {
    case 'record': {
      const { source } = command;
      if ((state.sources[source.entity] ?? 0) >= source.seq) return { events: [], reply: { recorded: false } };
      return { events: [{ type: 'recorded', entry: command.entry, source }], reply: { recorded: true } };
    }
    case 'list':
      return { events: [], reply: { entries: state.entries.slice(-command.limit).reverse() } };
    case 'memberships':
      return { events: [{ type: 'membershipsSet', orgIds: command.orgIds }], reply: { recorded: true } };
  }
}

function evolve(state: SecurityLogState, event: SecurityLogEvent): SecurityLogState {
  if (event.type === 'membershipsSet') return { ...state, orgIds: event.orgIds };
  const { [event.source.entity]: _previous, ...others } = state.sources;
  // Insertion order is age: the oldest sources are forgotten first.
  const kept = Object.entries(others).slice(-(KEEP_SOURCES - 1));
  return {
    ...state,
    entries: inTimeOrder(state.entries, event.entry).slice(-KEEP),
    sources: Object.fromEntries([...kept, [event.source.entity, event.source.seq]]),
  };
}

/** Each entry recorded goes to the trails of the account's orgs too, as the account's doing. */
function memberAudit(change: CommittedChange<SecurityLogState, SecurityLogCommand>): MemberAuditMessage | undefined {
  const { command, after, context } = change;
  const orgIds = after.orgIds ?? [];
  if (command.type !== 'record' || orgIds.length === 0) return undefined;
  if (after.sources[command.source.entity] !== command.source.seq) return undefined; // a repeat, not recorded
  const { entry } = command;
  return {
    type: 'member-audit',
    orgIds: orgIds.slice(0, MAX_FAN_OUT),
    entry: {
      accountId: context.id,
      sessionId: entry.sessionId ?? '',
      issueId: '',
      action: `security.${entry.action}`,
      target: context.entity,
      before: '',
      after: stateDigest(entry),
    },
  };
}

/**
 * The entries with one more, by time: entries from the account, its sessions and its factors are
 * delivered independently, so one may arrive after a later one from another source.
 */
function inTimeOrder(entries: readonly SecurityEntry[], entry: SecurityEntry): SecurityEntry[] {
  let index = entries.length;
  while (index > 0 && entries[index - 1]!.at > entry.at) index--;
  return [...entries.slice(0, index), entry, ...entries.slice(index)];
}

export const securityLog = defineEntity({
  kind: 'security-log',
  commands: { record: SYSTEM_ONLY, list: ANY_ORIGIN, memberships: SYSTEM_ONLY },
  parseCommand(payload: unknown): SecurityLogCommand {
    const fields = fieldsOf(payload);
    switch (fields['type']) {
      case 'record': {
        const source = fieldsOf(fields['source']);
        return {
          type: 'record',
          entry: parseEntry(fields['entry']),
          source: {
            entity: stringField(source, 'entity', { max: 200 }),
            seq: integerField(source, 'seq', 1, Number.MAX_SAFE_INTEGER),
          },
        };
      }
      case 'list':
        return { type: 'list', limit: fields['limit'] === undefined ? KEEP : integerField(fields, 'limit', 1, KEEP) };
      case 'memberships': {
        const orgIds = fields['orgIds'];
        if (!Array.isArray(orgIds) || orgIds.length > MAX_MEMBERSHIPS) {
          throw new InvalidCommandError(`orgIds must be a list of at most ${MAX_MEMBERSHIPS}`, { field: 'orgIds' });
        }
        return { type: 'memberships', orgIds: orgIds.map((orgId: unknown) => parseOrgId(orgId, 'orgIds')) };
      }
      default:
        throw unknownCommand('security-log', fields);
    }
  },
  initialState: (): SecurityLogState => ({ entries: [], sources: {}, orgIds: [] }),
  decide,
  evolve,
  outbox: memberAudit,
  home: (id) => ({ account: id }),
  snapshotEvery: 50,
});
