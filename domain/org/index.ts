/** The org entity kind: `org/<org id>`, sealed with the org's own data key. */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { orgAudit } from './audit.js';
import { decideOrg, parseOrgCommand } from './handlers.js';
import { evolveOrg, initialOrg } from './state.js';

/** The org kind: an org's members and roles, projects and project defaults. */
export const org = defineEntity({
  kind: 'org',
  commands: {
    create: ANY_ORIGIN,
    get: ANY_ORIGIN,
    members: ANY_ORIGIN,
    roleOf: ANY_ORIGIN,
    addMember: ANY_ORIGIN,
    removeMember: ANY_ORIGIN,
    rename: ANY_ORIGIN,
    configure: ANY_ORIGIN,
    addProject: ANY_ORIGIN,
    projects: ANY_ORIGIN,
  },
  parseCommand: parseOrgCommand,
  initialState: initialOrg,
  decide: decideOrg,
  // Its changes tell the org's audit trail, from the committed record itself.
  outbox: orgAudit,
  evolve: evolveOrg,
  snapshotEvery: 50,
  // An org's data is sealed with the org's own key.
  keyScope: (id) => id,
});

export { DEFAULT_PROJECT_POLICY, MAX_MEMBERS, MAX_PROJECTS } from './protocol.js';
export type * from './protocol.js';
export type { OrgState } from './state.js';
