/** The audit-page entity kind: `audit-page/<org>/<n>`, a full page of an org's audit records. */
import { ANY_ORIGIN, defineEntity, SYSTEM_ONLY } from '../../actors/index.js';
import { decideAuditPage, parseAuditPageCommand } from './handlers.js';
import { evolveAuditPage, initialAuditPage } from './state.js';

/** The audit-page kind: written once, then read only. */
export const auditPage = defineEntity({
  kind: 'audit-page',
  commands: {
    // Pages come from the head, moved by the node that delivers audit messages.
    store: SYSTEM_ONLY,
    read: ANY_ORIGIN,
  },
  parseCommand: parseAuditPageCommand,
  initialState: initialAuditPage,
  decide: decideAuditPage,
  evolve: evolveAuditPage,
  keyScope: (id) => id.slice(0, id.indexOf('/')),
});

export type * from './protocol.js';
export type { AuditPageState } from './state.js';
