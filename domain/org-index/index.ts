/** The org-index entity kind: `org-index/platform`, the platform's list of orgs (platform data). */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { decideOrgIndex, parseOrgIndexCommand } from './handlers.js';
import { evolveOrgIndex, initialOrgIndex } from './state.js';

/** The org-index kind: one entry per org, renamed with it. */
export const orgIndex = defineEntity({
  kind: 'org-index',
  commands: {
    add: ANY_ORIGIN,
    rename: ANY_ORIGIN,
    list: ANY_ORIGIN,
  },
  parseCommand: parseOrgIndexCommand,
  initialState: initialOrgIndex,
  decide: decideOrgIndex,
  evolve: evolveOrgIndex,
  snapshotEvery: 100,
});

export { MAX_INDEXED_ORGS, ORG_INDEX_ID } from './protocol.js';
export type * from './protocol.js';
export type { OrgIndexState } from './state.js';
