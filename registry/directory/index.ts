/** The `org-home` entity kind: the org → home-region directory, hosted by the registry, sealed under the master key. */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import { decideOrgHome, parseOrgHomeCommand } from './handlers.js';
import { evolveOrgHome, initialOrgHome } from './state.js';

/** `org-home/<org>`: an org's home region. */
export const orgHome = defineEntity({
  kind: 'org-home',
  commands: {
    assign: ANY_ORIGIN,
    lookup: ANY_ORIGIN,
    move: ANY_ORIGIN,
  },
  parseCommand: parseOrgHomeCommand,
  initialState: initialOrgHome,
  decide: decideOrgHome,
  evolve: evolveOrgHome,
  keyScope: () => REGISTRY_SCOPE,
});

export type { OrgHomeState } from './state.js';
export type * from './protocol.js';
