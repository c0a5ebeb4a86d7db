/** Who owns which shard, as seen from one process; the embedded default owns everything. */
import type { ShardId } from '../entity-id.js';
import type { ShardMap } from './shard-map.js';

export type ShardMapListener = (next: ShardMap, previous: ShardMap) => void;

export interface ShardDirectory {
  readonly shardCount: number;
  /** The latest map this process has seen. */
  current(): ShardMap;
  ownerOf(shard: ShardId): string | null;
  /** Calls the listener after every change; returns the unsubscribe function. */
  onChange(listener: ShardMapListener): () => void;
  /** Resolves at the next change, or after `timeoutMs` if nothing changes. */
  nextChange(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** A directory in which one node owns every shard, forever (the embedded default). */
export class StaticShardDirectory implements ShardDirectory {
  readonly shardCount: number;
  readonly #map: ShardMap;

  constructor(nodeId: string, shardCount: number) {
    this.shardCount = shardCount;
    this.#map = {
      revision: 1,
      owners: new Array<string>(shardCount).fill(nodeId),
      epochs: new Array<number>(shardCount).fill(1),
    };
  }

  current(): ShardMap {
    return this.#map;
  }

  ownerOf(shard: ShardId): string | null {
    return this.#map.owners[shard] ?? null;
  }

  onChange(): () => void {
    return () => undefined;
  }

  async nextChange(timeoutMs: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, timeoutMs));
  }

  async close(): Promise<void> {}
}
