/** Validation and decisions of an `org-home/<org>` entity. */
import {
  CommandRejectedError,
  InvalidCommandError,
  NotFoundError,
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

/**
 * Decides an org-home command.
 * @throws NotFoundError (`NOT_FOUND`) for a lookup or move of an org never assigned
 * @throws InvalidCommandError (`INVALID_COMMAND`, field `id`) when the entity's id is not an org id
 * @throws CommandRejectedError (`ORG_PINNED`, `REGION_MISMATCH`) for an assign or move that would change it blindly
 */
export function decideOrgHome(
  state: OrgHomeState,
  command: OrgHomeCommand,
  context: EntityContext,
): Decision<OrgHomeEvent, OrgHomeReply> {
  parseOrgId(context.id, 'id');
  switch (command.type) {
    case 'lookup':
      if (state.region === '') throw orgHomeNotFound(context.id);
      return { events: [], reply: reply(context, state, false) };
    case 'assign': {
      if (state.region === command.region) return { events: [], reply: reply(context, state, false) };
      if (state.region !== '') {
        throw new CommandRejectedError(
          'ORG_PINNED',
          `org "${context.id}" is pinned to region ${state.region}: move it with {type: 'move', from: '${state.region}'}`,
        );
      }
      const event: OrgHomeEvent = { type: 'assigned', region: command.region, at: context.now };
      return {
        events: [event],
        reply: { org: context.id, region: command.region, since: context.now, moves: 0, changed: true },
      };
    }
    case 'move': {
      if (state.region === '') throw orgHomeNotFound(context.id);
      if (state.region !== command.from) {
        throw new CommandRejectedError(
          'REGION_MISMATCH',
          `org "${context.id}" is in region ${state.region}, not ${command.from}: look it up and try again`,
        );
      }
      if (command.region === state.region) return { events: [], reply: reply(context, state, false) };
      const event: OrgHomeEvent = { type: 'moved', from: state.region, region: command.region, at: context.now };
      return {
        events: [event],
        reply: { org: context.id, region: command.region, since: context.now, moves: state.moves + 1, changed: true },
      };
    }
  }
}

function reply(context: EntityContext, state: OrgHomeState, changed: boolean): OrgHomeReply {
  return { org: context.id, region: state.region, since: state.since, moves: state.moves, changed };
}

function orgHomeNotFound(org: string): NotFoundError {
  return new NotFoundError(`org "${org}" has no home region: assign one first`, { what: 'org-home', org });
}
