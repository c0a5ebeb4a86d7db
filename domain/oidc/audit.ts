/** What the org's audit trail records of its OIDC providers: providers set or removed, sign-ins and links. */
import type { CommittedChange } from '../../actors/index.js';
import { auditMessage } from '../audit/index.js';
import type { AuditMessage } from '../audit/index.js';
import type { OidcProviderConfig, OidcProvidersCommand, OidcProvidersState } from './protocol.js';

export function oidcAudit(change: CommittedChange<OidcProvidersState, OidcProvidersCommand>): AuditMessage | undefined {
  return auditMessage(change.context.id, change, ({ before, after, command }) => {
    switch (command.type) {
      case 'set': {
        const id = command.provider.providerId;
        return { action: 'org.oidc.set', before: shown(before.providers[id]), after: shown(after.providers[id]) };
      }
      case 'remove':
        return { action: 'org.oidc.remove', before: shown(before.providers[command.providerId]), after: null };
      case 'signedIn':
        return {
          action: command.linked ? 'auth.oidc.link' : 'auth.login.oidc',
          accountId: command.accountId,
          before: null,
          after: { accountId: command.accountId, providerId: command.providerId },
        };
      default:
        return undefined;
    }
  });
}

/** A provider without its client secret (a digest of a secret could be guessed at). */
function shown(provider: OidcProviderConfig | undefined): object | null {
  if (provider === undefined) return null;
  const { clientSecret: _secret, ...rest } = provider;
  return rest;
}
