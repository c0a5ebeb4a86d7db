/**
 * An org's OpenID Connect providers: `oidc-providers/<org>`, living with the org, sealed with its
 * key (client secrets included). It also spends each login state once, so that a sign-in's
 * callback cannot be replayed. `oidc-subject/<keyed hash of issuer and subject>` says which
 * account a provider's person is: the identity, never the address, finds the account.
 */
import { ANY_ORIGIN, defineEntity } from '../../actors/index.js';
import { defineClaimIndex } from '../claim-index/index.js';
import { oidcAudit } from './audit.js';
import { decideOidcProviders, parseOidcProvidersCommand } from './handlers.js';
import { evolveOidcProviders, initialOidcProviders } from './state.js';

export const oidcProviders = defineEntity({
  kind: 'oidc-providers',
  commands: {
    set: ANY_ORIGIN,
    remove: ANY_ORIGIN,
    list: ANY_ORIGIN,
    connection: ANY_ORIGIN,
    spendState: ANY_ORIGIN,
    signedIn: ANY_ORIGIN,
  },
  parseCommand: parseOidcProvidersCommand,
  initialState: initialOidcProviders,
  decide: decideOidcProviders,
  evolve: evolveOidcProviders,
  // Providers set or removed, and sign-ins through them, go to the org's audit trail.
  outbox: oidcAudit,
  keyScope: (id) => id,
  snapshotEvery: 200,
  // A replaced client secret leaves the disks.
  compactAfter: ['set', 'removed'],
});

/** Which account a provider's person (issuer and subject, keyed) is. */
export const oidcSubject = defineClaimIndex('oidc-subject', {
  taken: 'that identity is linked to another account',
  missing: 'no account is linked to that identity',
});

export type * from './protocol.js';
export { MAX_OIDC_PROVIDERS } from './protocol.js';
