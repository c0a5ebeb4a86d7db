/**
 * The `envelope-keys/cluster` entity holds the cluster's envelope keys: random 32-byte MAC keys,
 * one per epoch of {@link ENVELOPE_EPOCH_MS}, with which nodes and gateways vouch for every
 * envelope they send to a data entity (target, method, payload, deadline and the whole caller).
 * Only certificates with the node role get them, sealed to a one-time X25519 key of the asking
 * process; the registry seals the entity's events under the master key like all its data. Keys
 * rotate by epoch: a fetch makes the keys of the previous, current and next epochs when missing,
 * and drops (and erases) older ones. The entity also holds the platform's name key, made by the
 * first fetch and handed over with the envelope keys (see {@link TransportedKeys}).
 */

/** The id of the cluster's one envelope-keys entity. */
export const ENVELOPE_KEYS_ID = 'cluster';

/** How long one envelope key signs: 6 hours. */
export const ENVELOPE_EPOCH_MS = 6 * 3_600_000;

export type EnvelopeKeysCommand =
  | {
      /** Hand the keys of the epochs around now to a node, sealed to its one-time X25519 key (base64). */
      readonly type: 'fetch';
      readonly recipient: string;
    }
  /** Which epochs have keys (no key material). */
  | { readonly type: 'status' };

/** One epoch's key as the events and the sealed reply carry it. */
export interface EpochKey {
  readonly epoch: number;
  /** base64 of 32 bytes. */
  readonly key: string;
}

export type EnvelopeKeysEvent =
  | { readonly type: 'keysMade'; readonly keys: readonly EpochKey[]; readonly at: number }
  /** The platform's name key (base64 of 32 bytes), made once: it never rotates (see {@link TransportedKeys}). */
  | { readonly type: 'nameKeyMade'; readonly key: string; readonly at: number }
  | { readonly type: 'keysDropped'; readonly epochs: readonly number[]; readonly at: number };

/**
 * What a fetch hands over, sealed: the envelope keys of the epochs around now, and the platform's
 * name key, which keys the hashes that stand for the names of platform data (an address in the
 * email index), so that a stolen store or journal cannot be searched for a known address.
 */
export interface TransportedKeys {
  readonly keys: readonly EpochKey[];
  /** base64 of 32 bytes. */
  readonly nameKey: string;
}

export interface EnvelopeKeysFetchReply {
  /** The registry's current epoch when it answered. */
  readonly epoch: number;
  readonly epochMs: number;
  /** base64 of the {@link TransportedKeys} sealed to the recipient (see keyset/key-transport.ts). */
  readonly sealed: string;
}

export interface EnvelopeKeysStatus {
  readonly epochs: readonly number[];
}

export type EnvelopeKeysReply = EnvelopeKeysFetchReply | EnvelopeKeysStatus;
