/** The envelope keys' state and its fold. */
import type { EnvelopeKeysEvent } from './protocol.js';

export interface EnvelopeKeysState {
  /** base64 key by epoch. */
  readonly keys: Readonly<Record<string, string>>;
  /** base64 of the platform's name key; '' until the first fetch. */
  readonly nameKey: string;
}

export function initialEnvelopeKeys(): EnvelopeKeysState {
  return { keys: {}, nameKey: '' };
}

export function evolveEnvelopeKeys(state: EnvelopeKeysState, event: EnvelopeKeysEvent): EnvelopeKeysState {
  switch (event.type) {
    case 'keysMade': {
      const keys = { ...state.keys };
      for (const { epoch, key } of event.keys) keys[epoch] = key;
      return { ...state, keys };
    }
    case 'keysDropped': {
      const keys = { ...state.keys };
      for (const epoch of event.epochs) delete keys[epoch];
      return { ...state, keys };
    }
    case 'nameKeyMade':
      return { ...state, nameKey: event.key };
  }
}
