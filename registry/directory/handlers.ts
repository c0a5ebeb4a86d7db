/** Validation and decisions of an `org-home/<org>` entity. */
import { assertRegion, CommandRejectedError, InvalidCommandError } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { OrgHomeNotFoundError } from '../errors.js';
import { assertOrgId } from './org-id.js';
import type { OrgHomeCommand, OrgHomeEvent, OrgHomeReply } from './protocol.js';
import type { OrgHomeState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseOrgHomeCommand(payload: unknown): OrgHomeCommand {
  const value = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  switch (value['type']) {
    case 'assign':
      return { type: 'assign', region: region(value, 'region') };
    case 'move':
      return { type: 'move', region: region(value, 'region'), from: region(value, 'from') };
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
 * @throws OrgHomeNotFoundError (`NOT_FOUND`) for a lookup or move of an org never assigned
 * @throws CommandRejectedError (`ORG_PINNED`, `REGION_MISMATCH`) for an assign or move that would change it blindly
 */
export function decideOrgHome(
  state: OrgHomeState,
  command: OrgHomeCommand,
  context: EntityContext,
): Decision<OrgHomeEvent, OrgHomeReply> {
  assertOrgId(context.id);
  switch (command.type) {
    case 'lookup':
      if (state.region === '') throw new OrgHomeNotFoundError(context.id);
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
      if (state.region === '') throw new OrgHomeNotFoundError(context.id);
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

function region(value: Record<string, unknown>, field: string): string {
  const raw = value[field];
  if (typeof raw !== 'string') throw new InvalidCommandError(`${field} must be a region name`, { field });
  try {
    assertRegion(raw);
  } catch {
    throw new InvalidCommandError(
      `${field} "${raw.slice(0, 64)}" is not a region name: lower-case letters, digits and '-', starting with a letter, at most 32`,
      { field },
    );
  }
  return raw;
}
