/** The state of a `prekeys/<user>` entity and its fold. */
import type { PrekeysEvent, PublicPrekey, SignedPrekey } from './protocol.js';

/** A user's published bundle and one-time prekey pool. */
export interface PrekeysState {
  /** '' before the first publish. */
  readonly identityKey: string;
  readonly signedPrekey: SignedPrekey | undefined;
  readonly signedPrekeyPublishedAt: number;
  /** Oldest first; claims take from the front. */
  readonly oneTimePrekeys: readonly PublicPrekey[];
  readonly claimed: number;
}

export function initialPrekeys(): PrekeysState {
  return { identityKey: '', signedPrekey: undefined, signedPrekeyPublishedAt: 0, oneTimePrekeys: [], claimed: 0 };
}

export function evolvePrekeys(state: PrekeysState, event: PrekeysEvent): PrekeysState {
  switch (event.type) {
    case 'published':
      return {
        ...state,
        identityKey: event.identityKey,
        signedPrekey: event.signedPrekey,
        signedPrekeyPublishedAt: event.at,
        oneTimePrekeys: event.replaced ? event.oneTimePrekeys : [...state.oneTimePrekeys, ...event.oneTimePrekeys],
      };
    case 'prekeyClaimed':
      return {
        ...state,
        oneTimePrekeys: state.oneTimePrekeys.filter((prekey) => prekey.id !== event.id),
        claimed: state.claimed + 1,
      };
  }
}
