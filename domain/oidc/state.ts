/** How an org's OIDC providers follow from their events. */
import type { OidcProvidersEvent, OidcProvidersState } from './protocol.js';

export function initialOidcProviders(): OidcProvidersState {
  return { providers: {}, spent: {} };
}

export function evolveOidcProviders(state: OidcProvidersState, event: OidcProvidersEvent): OidcProvidersState {
  switch (event.type) {
    case 'set':
      return { ...state, providers: { ...state.providers, [event.provider.providerId]: event.provider } };
    case 'removed': {
      const { [event.providerId]: _gone, ...providers } = state.providers;
      return { ...state, providers };
    }
    case 'signedIn':
      return state;
    case 'stateSpent': {
      // Expired states cannot be spent anyway: forget them as new ones come.
      const spent = Object.fromEntries(Object.entries(state.spent).filter(([, expiresAt]) => expiresAt > event.at));
      return { ...state, spent: { ...spent, [event.hash]: event.expiresAt } };
    }
  }
}
