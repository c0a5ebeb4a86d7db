/**
 * An org's DNS leak report: `dns-report/<org>`, sealed with the org's key. Per day, how often each
 * subject (a member's pseudonym, or `network`) and device reached each third party (registrable
 * domain and category), and how often it was blocked. Days are kept for a year; the days that have
 * raw query logs (`dns-log/<org>/<day>`) are listed so the gateway can purge those past retention.
 */
import {
  ANY_ORIGIN,
  CommandRejectedError,
  defineEntity,
  fieldsOf,
  InvalidCommandError,
  stringField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision } from '../../actors/index.js';
import { dnsName } from './zone-fields.js';

export const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const SUBJECT = /^(network|p-[0-9a-f]{16})$/;
export const CATEGORIES = ['tracker', 'ads', 'malware', 'other'] as const;
/** Most rows one day of one org holds; more are counted in `overflow`. */
export const MAX_ROWS_PER_DAY = 50_000;
/** How long daily aggregates are kept, in days. */
export const AGGREGATE_DAYS = 400;
const MAX_ROWS_PER_RECORD = 10_000;

export interface ReportRow {
  readonly subject: string;
  /** '' for queries of a network. */
  readonly device: string;
  readonly domain: string;
  readonly category: (typeof CATEGORIES)[number];
  readonly queries: number;
  readonly blocked: number;
}

type ReportCommand =
  | { readonly type: 'record'; readonly day: string; readonly rows: readonly ReportRow[]; readonly logged: boolean }
  | { readonly type: 'report'; readonly fromDay: string; readonly toDay: string; readonly subjects?: readonly string[] }
  /** Days of raw logs older than `beforeDay`, now purged. */
  | { readonly type: 'logsPurged'; readonly days: readonly string[] };

type ReportEvent =
  | { readonly type: 'recorded'; readonly day: string; readonly rows: readonly ReportRow[]; readonly logged: boolean }
  | { readonly type: 'logsPurged'; readonly days: readonly string[] };

interface Counts {
  queries: number;
  blocked: number;
}

export interface ReportState {
  /** day → `subject\tdevice\tdomain\tcategory` → counts. */
  readonly days: Readonly<Record<string, Readonly<Record<string, Counts>>>>;
  /** Rows not kept because a day was full. */
  readonly overflow: number;
  /** Days that have a raw query log. */
  readonly loggedDays: readonly string[];
}

function parse(payload: unknown): ReportCommand {
  const fields = fieldsOf(payload);
  const day = (name: string) => stringField(fields, name, { max: 10, pattern: DAY });
  switch (fields['type']) {
    case 'record': {
      const rows = fields['rows'];
      if (!Array.isArray(rows) || rows.length > MAX_ROWS_PER_RECORD) {
        throw new InvalidCommandError(`rows must be a list of at most ${MAX_ROWS_PER_RECORD}`, { field: 'rows' });
      }
      return { type: 'record', day: day('day'), rows: rows.map(parseRow), logged: fields['logged'] === true };
    }
    case 'report': {
      return { type: 'report', fromDay: day('fromDay'), toDay: day('toDay'), ...subjectsOf(fields) };
    }
    case 'logsPurged': {
      const days = fields['days'];
      if (!Array.isArray(days) || !days.every((d) => typeof d === 'string' && DAY.test(d))) {
        throw new InvalidCommandError('days must be a list of days', { field: 'days' });
      }
      return { type: 'logsPurged', days: days as string[] };
    }
    default:
      throw unknownCommand('dns-report', fields);
  }
}

/** The optional `subjects` filter of a read: `{ subjects }`, or nothing when absent. */
export function subjectsOf(fields: Record<string, unknown>): { subjects?: readonly string[] } {
  const subjects = fields['subjects'];
  if (subjects === undefined) return {};
  if (!Array.isArray(subjects) || !subjects.every((s) => typeof s === 'string' && SUBJECT.test(s))) {
    throw new InvalidCommandError('subjects must be a list of subjects', { field: 'subjects' });
  }
  return { subjects: subjects as string[] };
}

function parseRow(payload: unknown, index: number): ReportRow {
  const fields = fieldsOf(payload);
  const field = `rows[${index}]`;
  const count = (name: string) => {
    const value = fields[name];
    if (!Number.isSafeInteger(value) || (value as number) < 0) {
      throw new InvalidCommandError(`${field}.${name} must be a count`, { field: `${field}.${name}` });
    }
    return value as number;
  };
  const subject = fields['subject'];
  const device = fields['device'];
  const domain = dnsName(fields['domain']);
  const category = fields['category'];
  if (typeof subject !== 'string' || !SUBJECT.test(subject))
    throw new InvalidCommandError(`${field}.subject is not a subject`, { field });
  if (typeof device !== 'string' || !/^[a-z0-9]{0,32}$/.test(device))
    throw new InvalidCommandError(`${field}.device is not a device id`, { field });
  if (domain === undefined) throw new InvalidCommandError(`${field}.domain is not a domain`, { field });
  if (!(CATEGORIES as readonly unknown[]).includes(category))
    throw new InvalidCommandError(`${field}.category is not a category`, { field });
  return {
    subject,
    device,
    domain,
    category: category as ReportRow['category'],
    queries: count('queries'),
    blocked: count('blocked'),
  };
}

function decide(state: ReportState, command: ReportCommand): Decision<ReportEvent, object> {
  switch (command.type) {
    case 'record':
      // The reply lists the earlier days with raw logs, for the gateway to purge those past retention.
      return {
        events: [{ type: 'recorded', day: command.day, rows: command.rows, logged: command.logged }],
        reply: { expired: state.loggedDays.filter((day) => day < command.day) },
      };
    case 'logsPurged':
      return { events: [{ type: 'logsPurged', days: command.days }], reply: { ok: true } };
    case 'report': {
      if (command.fromDay > command.toDay)
        throw new CommandRejectedError('BAD_WINDOW', 'the window ends before it starts');
      const subjects = command.subjects === undefined ? undefined : new Set(command.subjects);
      const totals = new Map<string, Counts>();
      for (const [day, rows] of Object.entries(state.days)) {
        if (day < command.fromDay || day > command.toDay) continue;
        for (const [key, counts] of Object.entries(rows)) {
          if (subjects !== undefined && !subjects.has(key.slice(0, key.indexOf('\t')))) continue;
          const total = totals.get(key) ?? { queries: 0, blocked: 0 };
          total.queries += counts.queries;
          total.blocked += counts.blocked;
          totals.set(key, total);
        }
      }
      const rows = [...totals].map(([key, counts]) => {
        const [subject, device, domain, category] = key.split('\t') as [string, string, string, ReportRow['category']];
        return { subject, device, domain, category, ...counts };
      });
      return { events: [], reply: { rows, loggedDays: state.loggedDays, overflow: state.overflow } };
    }
  }
}

function evolve(state: ReportState, event: ReportEvent): ReportState {
  if (event.type === 'logsPurged') {
    return { ...state, loggedDays: state.loggedDays.filter((day) => !event.days.includes(day)) };
  }
  const day = { ...(state.days[event.day] ?? {}) };
  let overflow = state.overflow;
  for (const row of event.rows) {
    const key = `${row.subject}\t${row.device}\t${row.domain}\t${row.category}`;
    const counts = day[key];
    if (counts === undefined && Object.keys(day).length >= MAX_ROWS_PER_DAY) {
      overflow += row.queries;
      continue;
    }
    day[key] = { queries: (counts?.queries ?? 0) + row.queries, blocked: (counts?.blocked ?? 0) + row.blocked };
  }
  // Aggregates older than a year go (the days are in order as strings).
  const days = Object.fromEntries(
    Object.entries({ ...state.days, [event.day]: day })
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(-AGGREGATE_DAYS),
  );
  const loggedDays =
    event.logged && !state.loggedDays.includes(event.day) ? [...state.loggedDays, event.day].sort() : state.loggedDays;
  return { days, overflow, loggedDays };
}

export const dnsReport = defineEntity({
  kind: 'dns-report',
  commands: { record: ANY_ORIGIN, report: ANY_ORIGIN, logsPurged: ANY_ORIGIN },
  parseCommand: parse,
  initialState: (): ReportState => ({ days: {}, overflow: 0, loggedDays: [] }),
  decide,
  evolve,
  keyScope: (id) => id,
  snapshotEvery: 50,
});
