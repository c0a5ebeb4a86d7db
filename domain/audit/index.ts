/** The audit entity kind: `audit/<org>`, the head of an org's hash-chained trail and its open page. */
import { ANY_ORIGIN, defineEntity, SYSTEM_ONLY } from '../../actors/index.js';
import { decideAudit, parseAuditCommand } from './handlers.js';
import { evolveAudit, initialAudit } from './state.js';

/** The audit kind: appends chained records, hands full pages out to be stored, keeps checkpoints. */
export const audit = defineEntity({
  kind: 'audit',
  commands: {
    // Records come from the outbox of the org's entities, delivered by the node that committed them.
    append: SYSTEM_ONLY,
    checkpoint: SYSTEM_ONLY,
    pageStored: SYSTEM_ONLY,
    read: ANY_ORIGIN,
  },
  parseCommand: parseAuditCommand,
  initialState: initialAudit,
  decide: decideAudit,
  evolve: evolveAudit,
  snapshotEvery: 64,
  // The org's trail is sealed with the org's key, like the rest of its data.
  keyScope: (id) => id,
});

export { checkChain, recordHash, stateDigest } from './chain.js';
export { auditMessage, MAX_FAN_OUT, parseAuditMessage, parseMemberAuditMessage } from './message.js';
export type { AuditedPart, AuditMessage, MemberAuditMessage } from './message.js';
export type { ChainProblem } from './chain.js';
// A page entity reads records as the head writes them.
export { parseAuditRecord } from './record-fields.js';
export { GENESIS_HASH, PAGE_SIZE } from './protocol.js';
export type * from './protocol.js';
export type { AuditState } from './state.js';
