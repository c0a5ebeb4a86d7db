/** The envelope-keys entity kind: the cluster's rotating MAC keys for envelopes to data entities. */
import { defineEntity, SYSTEM_ONLY } from '../../actors/index.js';
import { decideEnvelopeKeys, parseEnvelopeKeysCommand } from './handlers.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import { evolveEnvelopeKeys, initialEnvelopeKeys } from './state.js';

export const envelopeKeys = defineEntity({
  kind: 'envelope-keys',
  commands: { fetch: SYSTEM_ONLY, status: SYSTEM_ONLY },
  parseCommand: parseEnvelopeKeysCommand,
  initialState: initialEnvelopeKeys,
  decide: decideEnvelopeKeys,
  evolve: evolveEnvelopeKeys,
  keyScope: () => REGISTRY_SCOPE,
  // A dropped key must leave the disks with the history that carried it.
  compactAfter: ['keysDropped'],
});

export { envelopeKeysContext, epochAt } from './handlers.js';
export { ENVELOPE_EPOCH_MS, ENVELOPE_KEYS_ID } from './protocol.js';
export type * from './protocol.js';
export type { EnvelopeKeysState } from './state.js';
