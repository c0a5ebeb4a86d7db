/** How an org's directory follows from its events. */
import type { DirectoryEvent, DirectoryState } from './protocol.js';

export function initialDirectory(): DirectoryState {
  return { config: undefined, configuredAt: 0, cursor: '', lastSync: undefined, syncClaimedAt: 0, users: {} };
}

export function evolveDirectory(state: DirectoryState, event: DirectoryEvent): DirectoryState {
  switch (event.type) {
    case 'configured': {
      // Another server or base is another directory: the next sync reads it all.
      const same = state.config?.url === event.config.url && state.config.baseDn === event.config.baseDn;
      // Settings recorded before a field existed read as its default.
      const config = { ...event.config, tlsServerName: event.config.tlsServerName ?? '' };
      return { ...state, config, configuredAt: event.at, cursor: same ? state.cursor : '' };
    }
    case 'removed':
      return { ...state, config: undefined, cursor: '', lastSync: undefined };
    case 'passwordWrittenBack':
    case 'signedIn':
      return state;
    case 'syncClaimed':
      return { ...state, syncClaimedAt: event.at };
    case 'linked':
      return {
        ...state,
        users: { ...state.users, [event.uuid]: { accountId: event.accountId, active: event.active } },
      };
    case 'synced':
      return {
        ...state,
        cursor: event.error === '' ? event.to : state.cursor,
        lastSync: { at: event.at, stats: event.stats, error: event.error },
      };
  }
}
