/** The keyset entity kind: one per key scope, hosted by the registry, sealed under the master key. */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { decideKeyset, parseKeysetCommand } from './handlers.js';
import { REGISTRY_SCOPE } from './keyset-id.js';
import { evolveKeyset, initialKeyset } from './state.js';

export const keyset = defineEntity({
  kind: 'keyset',
  commands: {
    fetch: ANY_ORIGIN,
    rotate: ANY_ORIGIN,
    retire: ANY_ORIGIN,
    shred: ANY_ORIGIN,
    status: ANY_ORIGIN,
  },
  parseCommand: parseKeysetCommand,
  initialState: initialKeyset,
  decide: decideKeyset,
  evolve: evolveKeyset,
  keyScope: () => REGISTRY_SCOPE,
  // A destroyed or retired key must leave the disks: erase the history that carried it.
  compactAfter: ['shredded', 'keyRetired'],
});

export { keysetIdOf, REGISTRY_SCOPE } from './keyset-id.js';
export { RegistryKeyring } from './registry-keyring.js';
export type { AskKeyset, RegistryKeyringOptions } from './registry-keyring.js';
export { transportContext } from './handlers.js';
export { newTransportKeyPair, openFromSender } from './key-transport.js';
export type { TransportKeyPair } from './key-transport.js';
export type { KeysetState } from './state.js';
export type * from './protocol.js';
export { ScopedKeyring } from './scoped-keyring.js';
