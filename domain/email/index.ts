/** The email entity kind: `email/<address digest>`, the address → account index (platform data). */
import { defineClaimIndex } from '../claim-index/index.js';

/** The email kind: which account an address belongs to. */
export const emailIndex = defineClaimIndex('email', {
  taken: 'that email address belongs to another account',
  missing: 'no account has that address',
});

export { emailIdsOf, emailIndexId, legacyEmailIndexId } from './protocol.js';
export type * from './protocol.js';
export type { ClaimState as EmailState } from '../claim-index/index.js';
