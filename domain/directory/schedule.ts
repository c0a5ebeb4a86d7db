/**
 * Which orgs of the region sync their directory by themselves: `directory-schedule/all`, the list a
 * gateway's scheduler walks (platform data: org ids, nothing of their directories). SetDirectory
 * enrols an org with its interval, RemoveDirectory (or an interval of 0) takes it out; whether a
 * sync is due, and which gateway runs it, the org's own `directory/<org>` decides (claimSync).
 */
import {
  ANY_ORIGIN,
  defineEntity,
  fieldsOf,
  Format,
  formatField,
  integerField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision } from '../../actors/index.js';
import { CommandRejectedError } from '../../actors/index.js';

/** The id of the one schedule of a region. */
export const DIRECTORY_SCHEDULE_ID = 'all';
/** Most orgs that sync by schedule in one region. */
export const MAX_SCHEDULED_DIRECTORIES = 10_000;

export type DirectoryScheduleCommand =
  /** Enrols the org with its interval in seconds; 0 takes it out. Setting what is set is a no-op. */
  { readonly type: 'set'; readonly orgId: string; readonly intervalS: number } | { readonly type: 'list' };

export type DirectoryScheduleEvent = { readonly type: 'set'; readonly orgId: string; readonly intervalS: number };

export interface ScheduledDirectory {
  readonly orgId: string;
  readonly intervalS: number;
}

export type DirectoryScheduleReply = { readonly ok: true } | { readonly orgs: readonly ScheduledDirectory[] };

interface DirectoryScheduleState {
  /** orgId → interval in seconds (never 0). */
  readonly orgs: Readonly<Record<string, number>>;
}

function parse(payload: unknown): DirectoryScheduleCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'set':
      return {
        type: 'set',
        orgId: formatField(fields, 'orgId', Format.orgId),
        intervalS: integerField(fields, 'intervalS', 0, 86_400),
      };
    case 'list':
      return { type: 'list' };
    default:
      throw unknownCommand('directory-schedule', fields);
  }
}

function decide(
  state: DirectoryScheduleState,
  command: DirectoryScheduleCommand,
): Decision<DirectoryScheduleEvent, DirectoryScheduleReply> {
  if (command.type === 'list') {
    return {
      events: [],
      reply: { orgs: Object.entries(state.orgs).map(([orgId, intervalS]) => ({ orgId, intervalS })) },
    };
  }
  const { orgId, intervalS } = command;
  if ((state.orgs[orgId] ?? 0) === intervalS) return { events: [], reply: { ok: true } };
  if (state.orgs[orgId] === undefined && Object.keys(state.orgs).length >= MAX_SCHEDULED_DIRECTORIES) {
    throw new CommandRejectedError(
      'TOO_MANY_SCHEDULES',
      `at most ${MAX_SCHEDULED_DIRECTORIES} directories sync by schedule`,
    );
  }
  return { events: [{ type: 'set', orgId, intervalS }], reply: { ok: true } };
}

function evolve(state: DirectoryScheduleState, event: DirectoryScheduleEvent): DirectoryScheduleState {
  const { [event.orgId]: _previous, ...others } = state.orgs;
  return { orgs: event.intervalS === 0 ? others : { ...others, [event.orgId]: event.intervalS } };
}

export const directorySchedule = defineEntity({
  kind: 'directory-schedule',
  commands: { set: ANY_ORIGIN, list: ANY_ORIGIN },
  parseCommand: parse,
  initialState: (): DirectoryScheduleState => ({ orgs: {} }),
  decide,
  evolve,
  snapshotEvery: 100,
});
