/**
 * A keyset holds the data keys of one scope (an org, a module within an org, or the platform),
 * versioned, inside the registry. Its events carry the keys; the registry seals them under the
 * master key like all its data.
 */

export type KeysetCommand =
  | {
      /** Hand the keys to a node, sealed to its one-time X25519 key (base64). */
      readonly type: 'fetch';
      readonly recipient: string;
      /** Make version 1 when the scope has no key yet (a node about to write). */
      readonly create: boolean;
    }
  | { readonly type: 'rotate' }
  | { readonly type: 'retire'; readonly version: number }
  | { readonly type: 'shred' }
  | { readonly type: 'status' };

export type KeysetEvent =
  | { readonly type: 'keyCreated'; readonly version: number; readonly key: string; readonly at: number }
  | { readonly type: 'keyRetired'; readonly version: number; readonly at: number }
  /** The scope's name key (base64 of 32 bytes): it blinds entity names at rest and never rotates. */
  | { readonly type: 'nameKeyCreated'; readonly key: string; readonly at: number }
  | { readonly type: 'shredded'; readonly at: number };

export interface FetchReply {
  readonly current: number;
  /** base64 of the key list sealed to the recipient (see key-transport.ts). */
  readonly sealed: string;
}

export interface KeyVersionInfo {
  readonly version: number;
  readonly createdAt: number;
}

export interface KeysetStatus {
  /** 0 when the scope has no key yet. */
  readonly current: number;
  readonly versions: readonly KeyVersionInfo[];
  readonly shredded: boolean;
}

export interface RotateReply {
  readonly current: number;
}

export type KeysetReply = FetchReply | KeysetStatus | RotateReply;

/** What the sealed part of a {@link FetchReply} holds. */
export interface TransportedKeys {
  readonly keys: readonly TransportedKey[];
  /** base64 of the scope's 32-byte name key. */
  readonly nameKey: string;
}

/** One data key in {@link TransportedKeys}. */
export interface TransportedKey {
  readonly version: number;
  /** base64 of 32 bytes. */
  readonly key: string;
}
