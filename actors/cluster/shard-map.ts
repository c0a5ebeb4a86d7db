/**
 * The shard map of a region: the owner of every shard and an epoch per shard that grows each time
 * the shard changes hands, so a node that missed intermediate maps still notices a move-and-back.
 */
import { InvalidEnvelopeError } from '../errors.js';

export interface ShardMap {
  /** The KV revision the map was read at (0 for a map that was never stored). */
  readonly revision: number;
  /** The owner node of each shard, or null while unassigned. */
  readonly owners: readonly (string | null)[];
  /** Per shard, how many times it changed hands. */
  readonly epochs: readonly number[];
}

/** The map before any coordinator wrote one: every shard unassigned. */
export function emptyShardMap(shardCount: number): ShardMap {
  return { revision: 0, owners: new Array<null>(shardCount).fill(null), epochs: new Array<number>(shardCount).fill(0) };
}

/** The next map for the desired owners, bumping the epoch of each shard that moves. */
export function nextShardMap(current: ShardMap, desired: readonly (string | null)[]): ShardMap {
  return {
    revision: current.revision,
    owners: [...desired],
    epochs: desired.map((owner, shard) =>
      current.owners[shard] === owner ? (current.epochs[shard] ?? 0) : (current.epochs[shard] ?? 0) + 1,
    ),
  };
}

/** True when both maps assign every shard to the same owner. */
export function sameOwners(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  return a.length === b.length && a.every((owner, shard) => owner === b[shard]);
}

export function encodeShardMap(map: ShardMap): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ v: 1, owners: map.owners, epochs: map.epochs }));
}

/** @throws InvalidEnvelopeError when the stored map is malformed */
export function decodeShardMap(bytes: Uint8Array, revision: number): ShardMap {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InvalidEnvelopeError('stored shard map is not JSON', { cause: error });
  }
  const value = parsed as { v?: unknown; owners?: unknown; epochs?: unknown };
  if (
    value.v !== 1 ||
    !Array.isArray(value.owners) ||
    !Array.isArray(value.epochs) ||
    value.owners.length !== value.epochs.length ||
    !value.owners.every((o) => o === null || typeof o === 'string') ||
    !value.epochs.every((e) => Number.isSafeInteger(e))
  ) {
    throw new InvalidEnvelopeError('stored shard map is malformed');
  }
  return { revision, owners: value.owners as (string | null)[], epochs: value.epochs as number[] };
}
