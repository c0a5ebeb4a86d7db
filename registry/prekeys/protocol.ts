/**
 * A `prekeys/<user>` entity holds a user's public X3DH prekey bundle: the Ed25519 identity key, a
 * signed X25519 prekey and a pool of one-time X25519 prekeys, each handed out once. Only public
 * keys: the registry refuses anything that looks private. Keys travel as standard base64.
 */

/** A one-time prekey: an X25519 public key and the client's id for it. */
export interface PublicPrekey {
  /** 0 to 2^32 - 1, unique within the user's pool. */
  readonly id: number;
  /** base64 of 32 bytes. */
  readonly key: string;
}

/** The signed prekey: an X25519 public key signed by the identity key. */
export interface SignedPrekey extends PublicPrekey {
  /** base64 of the 64-byte Ed25519 signature by the identity key over the 32 raw bytes of `key`. */
  readonly signature: string;
}

export type PrekeysCommand =
  | {
      /**
       * Publish a bundle. Under the same identity key the signed prekey is replaced and the one-time
       * prekeys are added to the pool (a top-up); under a new identity key everything is replaced.
       */
      readonly type: 'publish';
      /** base64 of the 32-byte Ed25519 public identity key. */
      readonly identityKey: string;
      readonly signedPrekey: SignedPrekey;
      readonly oneTimePrekeys: readonly PublicPrekey[];
    }
  | {
      /** Take a bundle to start a session with the user: one one-time prekey leaves the pool. */
      readonly type: 'claim';
    }
  | { readonly type: 'status' };

export type PrekeysEvent =
  | {
      readonly type: 'published';
      readonly identityKey: string;
      readonly signedPrekey: SignedPrekey;
      readonly oneTimePrekeys: readonly PublicPrekey[];
      /** true when the pool was replaced (first bundle or new identity), false when added to. */
      readonly replaced: boolean;
      readonly at: number;
    }
  | { readonly type: 'prekeyClaimed'; readonly id: number; readonly at: number };

export interface PublishReply {
  /** The identity key differs from the one published before (clients should warn the user's contacts). */
  readonly identityChanged: boolean;
  /** One-time prekeys in the pool now. */
  readonly oneTimePrekeys: number;
}

export interface ClaimReply {
  readonly identityKey: string;
  readonly signedPrekey: SignedPrekey;
  /** Absent when the pool is exhausted: X3DH then runs without a one-time prekey. */
  readonly oneTimePrekey?: PublicPrekey;
  readonly exhausted: boolean;
  readonly oneTimePrekeysLeft: number;
}

export interface PrekeysStatus {
  readonly published: boolean;
  /** '' before the first publish. */
  readonly identityKey: string;
  readonly signedPrekeyId: number;
  /** When the signed prekey was published (0 before). */
  readonly signedPrekeyPublishedAt: number;
  readonly oneTimePrekeys: number;
  /** Fewer one-time prekeys left than the top-up mark: the client should publish more. */
  readonly topUp: boolean;
  /** The most the pool holds. */
  readonly maxOneTimePrekeys: number;
  /** One-time prekeys handed out so far. */
  readonly claimed: number;
}

export type PrekeysReply = PublishReply | ClaimReply | PrekeysStatus;
