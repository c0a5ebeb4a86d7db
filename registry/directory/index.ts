/**
 * The `org-home` and `account-home` entity kinds: the org → home-region and account → home-region
 * directory, hosted by the registry, sealed under the master key.
 */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import { decideAccountHome, decideOrgHome, parseOrgHomeCommand } from './handlers.js';
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

/** `account-home/<account>`: an account's home region (where it and its sessions live). */
export const accountHome = defineEntity({
  kind: 'account-home',
  commands: {
    assign: ANY_ORIGIN,
    lookup: ANY_ORIGIN,
    move: ANY_ORIGIN,
  },
  parseCommand: parseOrgHomeCommand,
  initialState: initialOrgHome,
  decide: decideAccountHome,
  evolve: evolveOrgHome,
  keyScope: () => REGISTRY_SCOPE,
});

export type { OrgHomeState } from './state.js';
export type * from './protocol.js';
