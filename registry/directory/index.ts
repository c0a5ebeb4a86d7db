/**
 * The `org-home` and `account-home` entity kinds: the org → home-region and account → home-region
 * directory, hosted by the registry, sealed under the master key.
 */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import type { Decision, EntityContext } from '../../actors/index.js';
import { REGISTRY_SCOPE } from '../keyset/keyset-id.js';
import { ACCOUNT_SUBJECT, decideHome, ORG_SUBJECT, parseOrgHomeCommand } from './handlers.js';
import type { HomeSubject } from './handlers.js';
import type { AccountHomeReply, OrgHomeCommand, OrgHomeEvent, OrgHomeReply } from './protocol.js';
import type { OrgHomeState } from './state.js';
import { evolveOrgHome, initialOrgHome } from './state.js';

/** A directory entry's kind: the same commands and events for orgs and accounts. */
function homeKind<R>(kind: string, subject: HomeSubject) {
  return defineEntity({
    kind,
    commands: {
      assign: ANY_ORIGIN,
      lookup: ANY_ORIGIN,
      move: ANY_ORIGIN,
    },
    parseCommand: parseOrgHomeCommand,
    initialState: initialOrgHome,
    decide: (state: OrgHomeState, command: OrgHomeCommand, context: EntityContext) =>
      decideHome(subject, state, command, context) as unknown as Decision<OrgHomeEvent, R>,
    evolve: evolveOrgHome,
    keyScope: () => REGISTRY_SCOPE,
  });
}

/** `org-home/<org>`: an org's home region. */
export const orgHome = homeKind<OrgHomeReply>('org-home', ORG_SUBJECT);

/** `account-home/<account>`: an account's home region (where it and its sessions live). */
export const accountHome = homeKind<AccountHomeReply>('account-home', ACCOUNT_SUBJECT);

export type { OrgHomeState } from './state.js';
export type * from './protocol.js';
