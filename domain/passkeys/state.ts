/** How an account's passkeys follow from their events. */
import type { PasskeysEvent, PasskeysState } from './protocol.js';

export function initialPasskeys(): PasskeysState {
  return { passkeys: [], registration: undefined, spent: [] };
}

export function evolvePasskeys(state: PasskeysState, event: PasskeysEvent): PasskeysState {
  switch (event.type) {
    case 'registrationStarted':
      return { ...state, registration: { challenge: event.challenge, expiresAt: event.expiresAt } };
    case 'registered':
      return {
        ...state,
        registration: undefined,
        passkeys: [...state.passkeys, { ...event.passkey, createdAt: event.at, lastUsedAt: 0, clonesRefused: 0 }],
      };
    case 'used':
      return {
        ...state,
        passkeys: state.passkeys.map((passkey) =>
          passkey.id === event.id ? { ...passkey, counter: event.counter, lastUsedAt: event.at } : passkey,
        ),
        // Expired challenges are refused by their expiry: only live ones need remembering.
        spent: [
          ...state.spent.filter((spent) => spent.expiresAt > event.at),
          { hash: event.challengeHash, expiresAt: event.challengeExpiresAt },
        ],
      };
    case 'counterReplayed':
      return {
        ...state,
        passkeys: state.passkeys.map((passkey) =>
          passkey.id === event.id ? { ...passkey, clonesRefused: passkey.clonesRefused + 1 } : passkey,
        ),
      };
    case 'renamed':
      return {
        ...state,
        passkeys: state.passkeys.map((passkey) =>
          passkey.id === event.id ? { ...passkey, name: event.name } : passkey,
        ),
      };
    case 'removed':
      return { ...state, passkeys: state.passkeys.filter((passkey) => passkey.id !== event.id) };
  }
}
