/** The email entity kind: `email/<address digest>`, the address → account index (platform data). */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { decideEmail, parseEmailCommand } from './handlers.js';
import { evolveEmail, initialEmail } from './state.js';

/** The email kind: which account an address belongs to. */
export const emailIndex = defineEntity({
  kind: 'email',
  commands: {
    claim: ANY_ORIGIN,
    lookup: ANY_ORIGIN,
  },
  parseCommand: parseEmailCommand,
  initialState: initialEmail,
  decide: decideEmail,
  evolve: evolveEmail,
});

export { emailIdsOf, emailIndexId, legacyEmailIndexId } from './protocol.js';
export type * from './protocol.js';
export type { EmailState } from './state.js';
