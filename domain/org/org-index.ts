/**
 * The platform's list of orgs: `org-index/platform`, one entry per org (id, name, home region,
 * created), for platform superadmins. Platform data: it names orgs, never their contents. A
 * rename of an org renames its entry too, so the list shows orgs by their current names.
 */
import { ANY_ORIGIN, fieldsOf, stringField, unknownCommand } from '../../actors/index.js';
import { defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError } from '../../actors/index.js';
import { Format, formatField, NotFoundError } from '../../actors/index.js';

export const ORG_INDEX_ID = 'platform';
export const MAX_INDEXED_ORGS = 100_000;

export interface IndexedOrg {
  readonly orgId: string;
  readonly name: string;
  readonly homeRegion: string;
  readonly createdAt: number;
}

export type OrgIndexCommand =
  | { readonly type: 'add'; readonly orgId: string; readonly name: string; readonly homeRegion: string }
  /** Renames an indexed org (NOT_FOUND when it is not in the index); the same name again is a no-op. */
  | { readonly type: 'rename'; readonly orgId: string; readonly name: string }
  | { readonly type: 'list' };

type OrgIndexEvent =
  | { readonly type: 'added'; readonly org: IndexedOrg }
  | { readonly type: 'renamed'; readonly orgId: string; readonly name: string };
type OrgIndexState = { readonly orgs: Readonly<Record<string, IndexedOrg>> };

function decide(
  state: OrgIndexState,
  command: OrgIndexCommand,
  context: EntityContext,
): Decision<OrgIndexEvent, { orgs: readonly IndexedOrg[] } | { ok: true }> {
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

function evolve(state: OrgIndexState, event: OrgIndexEvent): OrgIndexState {
  switch (event.type) {
    case 'added':
      return { orgs: { ...state.orgs, [event.org.orgId]: event.org } };
    case 'renamed': {
      const indexed = state.orgs[event.orgId];
      return indexed === undefined
        ? state
        : { orgs: { ...state.orgs, [event.orgId]: { ...indexed, name: event.name } } };
    }
  }
}

export const orgIndex = defineEntity({
  kind: 'org-index',
  commands: {
    add: ANY_ORIGIN,
    rename: ANY_ORIGIN,
    list: ANY_ORIGIN,
  },
  parseCommand(payload: unknown): OrgIndexCommand {
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
  },
  initialState: (): OrgIndexState => ({ orgs: {} }),
  decide,
  evolve,
  snapshotEvery: 100,
});
