/**
 * Placement by hashing: entity → shard by a stable hash, shard → node by rendezvous (highest
 * random weight) hashing, so a join or leave moves only the shards that must move.
 */
import { createHash, hash } from 'node:crypto';
import type { EntityId, ShardId } from '../entity-id.js';

/** The shard of an entity; stable across processes, versions and restarts. */
export function shardOf(entity: EntityId, shardCount: number): ShardId {
  // The one-shot hash: every request to an entity computes this, on both sides.
  const digest = hash('sha256', entity, 'buffer');
  return (digest.readUInt32BE(0) % shardCount) as ShardId;
}

function weight(shard: number, node: string): bigint {
  return createHash('sha256').update(`${shard}\u0000${node}`).digest().readBigUInt64BE(0);
}

/**
 * Assigns every shard to the live node with the highest weight for it. Adding a node moves about
 * 1/n of the shards to it; removing one moves only its own shards.
 */
export function rendezvousAssign(shardCount: number, nodes: readonly string[]): (string | null)[] {
  const owners: (string | null)[] = [];
  for (let shard = 0; shard < shardCount; shard++) {
    let best: string | null = null;
    let bestWeight = -1n;
    for (const node of nodes) {
      const w = weight(shard, node);
      if (w > bestWeight || (w === bestWeight && best !== null && node < best)) {
        best = node;
        bestWeight = w;
      }
    }
    owners.push(best);
  }
  return owners;
}
