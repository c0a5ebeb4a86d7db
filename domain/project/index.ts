/** The project entity kind: `project/<org>/<project>`, sealed with the org's key. */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { projectAudit } from './audit.js';
import { decideProject, parseProjectCommand } from './handlers.js';
import { evolveProject, initialProject } from './state.js';

/** The project kind: members, policy for externals, board columns and the issue index. */
export const project = defineEntity({
  kind: 'project',
  commands: {
    create: ANY_ORIGIN,
    get: ANY_ORIGIN,
    roleOf: ANY_ORIGIN,
    addMember: ANY_ORIGIN,
    removeMember: ANY_ORIGIN,
    setPolicy: ANY_ORIGIN,
    configureBoard: ANY_ORIGIN,
    openIssue: ANY_ORIGIN,
    indexIssue: ANY_ORIGIN,
    moveCard: ANY_ORIGIN,
    issues: ANY_ORIGIN,
  },
  parseCommand: parseProjectCommand,
  initialState: initialProject,
  decide: decideProject,
  // Its changes tell the org's audit trail, from the committed record itself.
  outbox: projectAudit,
  evolve: evolveProject,
  snapshotEvery: 50,
  keyScope: (id) => id.slice(0, id.indexOf('/')),
});

// The org parses its project defaults as a project parses its policy.
export { parsePolicy } from './handlers.js';
export { DEFAULT_COLUMNS, MAX_ISSUES } from './protocol.js';
export type * from './protocol.js';
export type { ProjectState } from './state.js';
