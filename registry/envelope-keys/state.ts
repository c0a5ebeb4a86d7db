/** The envelope keys' state and its fold. */
import type { EnvelopeKeysEvent } from './protocol.js';

export interface EnvelopeKeysState {
  /** base64 key by epoch. */
  readonly keys: Readonly<Record<string, string>>;
}

export function initialEnvelopeKeys(): EnvelopeKeysState {
  return { keys: {} };
}

export function evolveEnvelopeKeys(state: EnvelopeKeysState, event: EnvelopeKeysEvent): EnvelopeKeysState {
  switch (event.type) {
    case 'keysMade': {
      const keys = { ...state.keys };
      for (const { epoch, key } of event.keys) keys[epoch] = key;
      return { keys };
    }
    case 'keysDropped': {
      const keys = { ...state.keys };
      for (const epoch of event.epochs) delete keys[epoch];
      return { keys };
    }
  }
}
