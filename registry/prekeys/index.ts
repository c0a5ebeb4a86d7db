/** The `prekeys` entity kind: users' public prekey bundles, hosted by the registry, sealed under the master key. */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import { decidePrekeys, parsePrekeysCommand } from './handlers.js';
import { evolvePrekeys, initialPrekeys } from './state.js';

/** `prekeys/<user>`: a user's public prekey bundle. */
export const prekeys = defineEntity({
  kind: 'prekeys',
  commands: {
    publish: ANY_ORIGIN,
    claim: ANY_ORIGIN,
    status: ANY_ORIGIN,
  },
  parseCommand: parsePrekeysCommand,
  initialState: initialPrekeys,
  decide: decidePrekeys,
  evolve: evolvePrekeys,
  keyScope: () => REGISTRY_SCOPE,
});

export { MAX_ONE_TIME_PREKEYS, TOP_UP_BELOW } from './handlers.js';
export type { PrekeysState } from './state.js';
export type * from './protocol.js';
