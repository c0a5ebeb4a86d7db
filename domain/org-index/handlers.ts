/** Validation and decisions of the org index. */
import { fieldsOf, stringField, unknownCommand } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError, NotFoundError } from '../../actors/index.js';
import { Format, formatField } from '../../actors/index.js';
import type { OrgIndexCommand, OrgIndexEvent, OrgIndexReply } from './protocol.js';
import { MAX_INDEXED_ORGS } from './protocol.js';
import type { OrgIndexState } from './state.js';

/** @throws InvalidCommandError naming the field at fault */
export function parseOrgIndexCommand(payload: unknown): OrgIndexCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'add':
      return {
        type: 'add',
        orgId: formatField(fields, 'orgId', Format.orgId),
        name: stringField(fields, 'name', { max: 200, format: Format.name }),
        homeRegion: formatField(fields, 'homeRegion', Format.region),
      };
    case 'rename':
      return {
        type: 'rename',
        orgId: formatField(fields, 'orgId', Format.orgId),
        name: stringField(fields, 'name', { max: 200, format: Format.name }),
      };
    case 'list':
      return { type: 'list' };
    default:
      throw unknownCommand('org-index', fields);
  }
}

/**
 * Decides what a command does to the index.
 * @throws CommandRejectedError (`COMMAND_REJECTED`, reason `TOO_MANY_ORGS`) when the index is full
 * @throws NotFoundError (`NOT_FOUND`) when renaming an org the index does not hold
 */
export function decideOrgIndex(
  state: OrgIndexState,
  command: OrgIndexCommand,
  context: EntityContext,
): Decision<OrgIndexEvent, OrgIndexReply> {
  switch (command.type) {
    case 'add': {
      if (state.orgs[command.orgId] !== undefined) return { events: [], reply: { ok: true } };
      if (Object.keys(state.orgs).length >= MAX_INDEXED_ORGS) {
        throw new CommandRejectedError('TOO_MANY_ORGS', `the index holds at most ${MAX_INDEXED_ORGS} orgs`);
      }
      const { orgId, name, homeRegion } = command;
      return {
        events: [{ type: 'added', org: { orgId, name, homeRegion, createdAt: context.now } }],
        reply: { ok: true },
      };
    }
    case 'rename': {
      const indexed = state.orgs[command.orgId];
      if (indexed === undefined) {
        throw new NotFoundError(`org ${command.orgId} is not in the index`, { what: 'org', id: command.orgId });
      }
      if (indexed.name === command.name) return { events: [], reply: { ok: true } };
      return { events: [{ type: 'renamed', orgId: command.orgId, name: command.name }], reply: { ok: true } };
    }
    case 'list':
      return { events: [], reply: { orgs: Object.values(state.orgs) } };
  }
}
