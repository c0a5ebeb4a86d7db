/**
 * The platform's list of orgs: `org-index/platform`, one entry per org (id, name, home region,
 * created), for platform superadmins. Platform data: it names orgs, never their contents.
 */
import { fieldsOf, stringField, unknownCommand } from '../../actors/index.js';
import { defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { CommandRejectedError } from '../../actors/index.js';

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
  | { readonly type: 'list' };

type OrgIndexEvent = { readonly type: 'added'; readonly org: IndexedOrg };
type OrgIndexState = { readonly orgs: Readonly<Record<string, IndexedOrg>> };

const ORG_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const REGION = /^[a-z0-9][a-z0-9-]{0,31}$/;

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
    case 'list':
      return { events: [], reply: { orgs: Object.values(state.orgs) } };
  }
}

export const orgIndex = defineEntity({
  kind: 'org-index',
  parseCommand(payload: unknown): OrgIndexCommand {
    const fields = fieldsOf(payload);
    switch (fields['type']) {
      case 'add':
        return {
          type: 'add',
          orgId: stringField(fields, 'orgId', { max: 63, pattern: ORG_ID }),
          name: stringField(fields, 'name', { max: 200 }),
          homeRegion: stringField(fields, 'homeRegion', { max: 32, pattern: REGION }),
        };
      case 'list':
        return { type: 'list' };
      default:
        throw unknownCommand('org-index', fields);
    }
  },
  initialState: (): OrgIndexState => ({ orgs: {} }),
  decide,
  evolve: (state: OrgIndexState, event: OrgIndexEvent): OrgIndexState => ({
    orgs: { ...state.orgs, [event.org.orgId]: event.org },
  }),
  snapshotEvery: 100,
});
