/**
 * An account's passkeys: `passkeys/acc_…`, living with its account. It holds each WebAuthn
 * credential's public key, counter and name, the registration challenge under way, and the
 * challenges of accepted assertions until they expire (each works once). The gateway verifies
 * signatures (@simplewebauthn/server); the entity decides what a verified assertion may do: a
 * device-bound key whose counter did not grow is refused and logged, a synced one (counter 0) is
 * accepted. `passkey-id/<keyed hash of the credential id>` says whose a credential is, so a
 * passwordless login finds the account and a credential registers once.
 */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { defineClaimIndex } from '../claim-index/index.js';
import { decidePasskeys, parsePasskeysCommand } from './handlers.js';
import { passkeysSecurity } from './security.js';
import { evolvePasskeys, initialPasskeys } from './state.js';

export const passkeys = defineEntity({
  kind: 'passkeys',
  commands: {
    startRegistration: ANY_ORIGIN,
    pendingRegistration: ANY_ORIGIN,
    register: ANY_ORIGIN,
    authenticate: ANY_ORIGIN,
    rename: ANY_ORIGIN,
    remove: ANY_ORIGIN,
    credential: ANY_ORIGIN,
    list: ANY_ORIGIN,
  },
  parseCommand: parsePasskeysCommand,
  initialState: initialPasskeys,
  decide: decidePasskeys,
  evolve: evolvePasskeys,
  home: (id) => ({ account: id }),
  outbox: passkeysSecurity,
  snapshotEvery: 50,
  // A removed passkey's public key leaves the disks.
  compactAfter: ['removed'],
});

/** `passkey-id/<keyed hash>`: which account a credential id belongs to. */
export const passkeyIndex = defineClaimIndex('passkey-id', {
  taken: 'that passkey is registered to an account already',
  missing: 'no account has that passkey',
});

export type * from './protocol.js';
export { MAX_PASSKEYS, REGISTRATION_MS } from './protocol.js';
export { TRANSPORTS } from './handlers.js';
export { aaguidAllowed, MAX_POLICY_AAGUIDS, passkeyPolicy } from './policy.js';
export type { PasskeyPolicy } from './policy.js';
