/** The issue entity kind: `issue/<org>/<project>/<number>`, sealed with the org's key. */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { issueAudit } from './audit.js';
import { decideIssue, parseIssueCommand } from './handlers.js';
import { evolveIssue, initialIssue } from './state.js';

/** The issue kind: a card of a project's kanban board. */
export const issue = defineEntity({
  kind: 'issue',
  commands: {
    create: ANY_ORIGIN,
    get: ANY_ORIGIN,
    move: ANY_ORIGIN,
    assign: ANY_ORIGIN,
    label: ANY_ORIGIN,
    comment: ANY_ORIGIN,
    link: ANY_ORIGIN,
  },
  parseCommand: parseIssueCommand,
  initialState: initialIssue,
  decide: decideIssue,
  // Its changes tell the org's audit trail, from the committed record itself.
  outbox: issueAudit,
  evolve: evolveIssue,
  snapshotEvery: 50,
  keyScope: (id) => id.slice(0, id.indexOf('/')),
});

export { MAX_COMMENTS } from './protocol.js';
export type * from './protocol.js';
