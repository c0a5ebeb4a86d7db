/**
 * One day of an org's raw DNS query log: `dns-log/<org>/<day>`, sealed with the org's key. Each
 * entry: when, whose (a pseudonym or `network`), which device, the name and type asked, and what
 * was decided. Purged (its journal compacted away, so the names leave the disks) once the day is
 * past the retention the operator set.
 */
import { ANY_ORIGIN, defineEntity, fieldsOf, InvalidCommandError, unknownCommand } from '../../actors/index.js';
import type { Decision } from '../../actors/index.js';
import { SUBJECT, subjectsOf } from './query-report.js';
import { dnsName } from './zone-fields.js';

/** Most entries one day of one org keeps; more are only counted. */
export const MAX_LOG_ENTRIES = 100_000;
const MAX_APPEND = 10_000;
const DECISIONS = new Set(['refused', 'blocked', 'canary', 'authoritative', 'resolved', 'cached', 'stale', 'failed']);

export interface LogEntry {
  readonly at: number;
  readonly subject: string;
  readonly device: string;
  readonly name: string;
  readonly qtype: string;
  readonly decision: string;
}

type LogCommand =
  | { readonly type: 'append'; readonly entries: readonly LogEntry[] }
  | { readonly type: 'read'; readonly subjects?: readonly string[] }
  | { readonly type: 'purge' };

type LogEvent = { readonly type: 'appended'; readonly entries: readonly LogEntry[] } | { readonly type: 'purged' };

interface LogState {
  readonly entries: readonly LogEntry[];
  readonly dropped: number;
  readonly purged: boolean;
}

function parse(payload: unknown): LogCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'append': {
      const entries = fields['entries'];
      if (!Array.isArray(entries) || entries.length > MAX_APPEND) {
        throw new InvalidCommandError(`entries must be a list of at most ${MAX_APPEND}`, { field: 'entries' });
      }
      return { type: 'append', entries: entries.map(parseEntry) };
    }
    case 'read': {
      return { type: 'read', ...subjectsOf(fields) };
    }
    case 'purge':
      return { type: 'purge' };
    default:
      throw unknownCommand('dns-log', fields);
  }
}

function parseEntry(payload: unknown, index: number): LogEntry {
  const fields = fieldsOf(payload);
  const field = `entries[${index}]`;
  const { at, subject, device, qtype, decision } = fields;
  const name = dnsName(fields['name']) ?? (fields['name'] === '' ? '.' : undefined);
  const valid =
    Number.isSafeInteger(at) &&
    typeof subject === 'string' &&
    SUBJECT.test(subject) &&
    typeof device === 'string' &&
    /^[a-z0-9]{0,32}$/.test(device) &&
    name !== undefined &&
    typeof qtype === 'string' &&
    /^[A-Z0-9_]{1,16}$/.test(qtype) &&
    typeof decision === 'string' &&
    DECISIONS.has(decision);
  if (!valid) throw new InvalidCommandError(`${field} is not a log entry`, { field });
  return {
    at: at as number,
    subject: subject as string,
    device: device as string,
    name,
    qtype: qtype as string,
    decision: decision as string,
  };
}

function decide(state: LogState, command: LogCommand): Decision<LogEvent, object> {
  switch (command.type) {
    case 'append':
      // A purged day takes nothing more: late entries of it are dropped.
      return { events: state.purged ? [] : [{ type: 'appended', entries: command.entries }], reply: { ok: true } };
    case 'read': {
      const subjects = command.subjects === undefined ? undefined : new Set(command.subjects);
      return {
        events: [],
        reply: {
          entries: state.entries.filter((entry) => subjects === undefined || subjects.has(entry.subject)),
          dropped: state.dropped,
          purged: state.purged,
        },
      };
    }
    case 'purge':
      return { events: state.purged ? [] : [{ type: 'purged' }], reply: { ok: true } };
  }
}

function evolve(state: LogState, event: LogEvent): LogState {
  if (event.type === 'purged') return { entries: [], dropped: 0, purged: true };
  const room = Math.max(0, MAX_LOG_ENTRIES - state.entries.length);
  const kept = event.entries.slice(0, room);
  return {
    ...state,
    entries: [...state.entries, ...kept],
    dropped: state.dropped + event.entries.length - kept.length,
  };
}

export const dnsLog = defineEntity({
  kind: 'dns-log',
  commands: { append: ANY_ORIGIN, read: ANY_ORIGIN, purge: ANY_ORIGIN },
  parseCommand: parse,
  initialState: (): LogState => ({ entries: [], dropped: 0, purged: false }),
  decide,
  evolve,
  // Sealed with the org's key: the id is `<org>/<day>`.
  keyScope: (id) => id.slice(0, id.indexOf('/')),
  // Purging erases the day's entries from the journal and snapshots.
  compactAfter: ['purged'],
  snapshotEvery: 200,
});
