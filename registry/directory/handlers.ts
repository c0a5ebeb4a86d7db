/** Validation and decisions of the directory's `org-home/<org>` and `account-home/<account>` entities. */
import {
  CommandRejectedError,
  InvalidCommandError,
  NotFoundError,
  parseAccountId,
  parseOrgId,
  parseRegion,
} from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import type { OrgHomeCommand, OrgHomeEvent, OrgHomeReply } from './protocol.js';
import type { OrgHomeState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseOrgHomeCommand(payload: unknown): OrgHomeCommand {
  const value = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  switch (value['type']) {
    case 'assign':
      return { type: 'assign', region: parseRegion(value['region'], 'region') };
    case 'move':
      return { type: 'move', region: parseRegion(value['region'], 'region'), from: parseRegion(value['from'], 'from') };
    case 'lookup':
      return { type: 'lookup' };
    default:
      throw new InvalidCommandError(`unknown org-home command "${String(value['type']).slice(0, 64)}"`, {
        field: 'type',
      });
  }
}

/** What a directory entry is the home of: an org or an account. */
export interface HomeSubject {
  readonly what: 'org' | 'account';
  /** @throws InvalidCommandError when the entity's id is not an id of one */
  parseId(id: string, field: string): void;
}

export const ORG_SUBJECT: HomeSubject = { what: 'org', parseId: parseOrgId };
export const ACCOUNT_SUBJECT: HomeSubject = { what: 'account', parseId: parseAccountId };

/**
 * Decides a command of a directory entry of `subject` (an org's or an account's home).
 * @throws NotFoundError (`NOT_FOUND`) for a lookup or move of one never assigned
 * @throws InvalidCommandError (`INVALID_COMMAND`, field `id`) when the entity's id is not an id of one
 * @throws CommandRejectedError (`ORG_PINNED` or `ACCOUNT_PINNED`, `REGION_MISMATCH`) for an assign
 *   or move that would change it blindly
 */
export function decideHome(
  subject: HomeSubject,
  state: OrgHomeState,
  command: OrgHomeCommand,
  context: EntityContext,
): Decision<OrgHomeEvent, HomeReply> {
  subject.parseId(context.id, 'id');
  const { what } = subject;
  switch (command.type) {
    case 'lookup':
      if (state.region === '') throw homeNotFound(subject, context.id);
      return { events: [], reply: reply(subject, context, state, false) };
    case 'assign': {
      if (state.region === command.region) return { events: [], reply: reply(subject, context, state, false) };
      if (state.region !== '') {
        throw new CommandRejectedError(
          `${what.toUpperCase()}_PINNED`,
          `${what} "${context.id}" is pinned to region ${state.region}: move it with {type: 'move', from: '${state.region}'}`,
        );
      }
      const event: OrgHomeEvent = { type: 'assigned', region: command.region, at: context.now };
      return {
        events: [event],
        reply: { [what]: context.id, region: command.region, since: context.now, moves: 0, changed: true },
      };
    }
    case 'move': {
      if (state.region === '') throw homeNotFound(subject, context.id);
      if (state.region !== command.from) {
        throw new CommandRejectedError(
          'REGION_MISMATCH',
          `${what} "${context.id}" is in region ${state.region}, not ${command.from}: look it up and try again`,
        );
      }
      if (command.region === state.region) return { events: [], reply: reply(subject, context, state, false) };
      const event: OrgHomeEvent = { type: 'moved', from: state.region, region: command.region, at: context.now };
      return {
        events: [event],
        reply: {
          [what]: context.id,
          region: command.region,
          since: context.now,
          moves: state.moves + 1,
          changed: true,
        },
      };
    }
  }
}

export type HomeReply = Omit<OrgHomeReply, 'org'> & { readonly [what: string]: unknown };

function reply(subject: HomeSubject, context: EntityContext, state: OrgHomeState, changed: boolean): HomeReply {
  return { [subject.what]: context.id, region: state.region, since: state.since, moves: state.moves, changed };
}

function homeNotFound(subject: HomeSubject, id: string): NotFoundError {
  return new NotFoundError(`${subject.what} "${id}" has no home region: assign one first`, {
    what: `${subject.what}-home`,
    [subject.what]: id,
  });
}
