/** The ACME entity kind: the platform's public certificates, their keys and pending challenges. */
import { defineEntity, SYSTEM_ONLY } from '../../actors/index.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import { decideAcme, parseAcmeCommand } from './handlers.js';
import { evolveAcme, initialAcme } from './state.js';

export const acme = defineEntity({
  kind: 'acme',
  commands: {
    account: SYSTEM_ONLY,
    saveAccount: SYSTEM_ONLY,
    certificate: SYSTEM_ONLY,
    saveCertificate: SYSTEM_ONLY,
    putHttpChallenge: SYSTEM_ONLY,
    putAlpnChallenge: SYSTEM_ONLY,
    dropChallenge: SYSTEM_ONLY,
    httpChallenge: SYSTEM_ONLY,
    alpnChallenge: SYSTEM_ONLY,
  },
  parseCommand: parseAcmeCommand,
  initialState: initialAcme,
  decide: decideAcme,
  evolve: evolveAcme,
  keyScope: () => REGISTRY_SCOPE,
  // A replaced certificate's key must leave the disks with the history that carried it.
  compactAfter: ['certificateSaved'],
});

export { acmeSealContext } from './handlers.js';
export { DEFAULT_ACME_ACCOUNT, MAX_CHALLENGE_TTL_MS } from './protocol.js';
export type * from './protocol.js';
export type { AcmeState } from './state.js';
