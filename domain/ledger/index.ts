/** The ledger entity kind. */
import { ANY_ORIGIN, defineEntity, PLATFORM_SCOPE } from '../../actors/index.js';
import { decideLedger, parseLedgerCommand } from './handlers.js';
import { evolveLedger, initialLedger } from './state.js';

/** The ledger kind: `ledger/<name>` (platform data) or `ledger/<org>/<name>` (sealed with the org's key). */
export const ledger = defineEntity({
  kind: 'ledger',
  commands: {
    append: ANY_ORIGIN,
    read: ANY_ORIGIN,
  },
  parseCommand: parseLedgerCommand,
  initialState: initialLedger,
  decide: decideLedger,
  evolve: evolveLedger,
  snapshotEvery: 50,
  // `ledger/<org>/<name>` is sealed with the org's key; a bare `ledger/<name>` is platform data.
  keyScope: (id) => (id.includes('/') ? id.slice(0, id.indexOf('/')) : PLATFORM_SCOPE),
});

export { evolveLedger, initialLedger } from './state.js';
export type { LedgerState } from './state.js';
export { MAX_AMOUNT, MAX_NOTE } from './protocol.js';
export type { AppendReply, LedgerCommand, LedgerEvent, LedgerReply, ReadReply } from './protocol.js';
