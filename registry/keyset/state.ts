/** A keyset's state and its fold. */
import type { KeysetEvent } from './protocol.js';

export interface KeysetState {
  /** base64 key and creation time by version. */
  readonly keys: Readonly<Record<string, { readonly key: string; readonly createdAt: number }>>;
  readonly current: number;
  /** base64 of the name key; absent until the first fetch that needs it, and after shredding. */
  readonly nameKey?: string;
  readonly shredded: boolean;
}

export function initialKeyset(): KeysetState {
  return { keys: {}, current: 0, shredded: false };
}

export function evolveKeyset(state: KeysetState, event: KeysetEvent): KeysetState {
  switch (event.type) {
    case 'keyCreated':
      return {
        ...state,
        keys: { ...state.keys, [event.version]: { key: event.key, createdAt: event.at } },
        current: event.version,
      };
    case 'nameKeyCreated':
      return { ...state, nameKey: event.key };
    case 'keyRetired': {
      const keys = { ...state.keys };
      delete keys[event.version];
      return { ...state, keys };
    }
    case 'shredded':
      return { keys: {}, current: state.current, shredded: true };
  }
}
