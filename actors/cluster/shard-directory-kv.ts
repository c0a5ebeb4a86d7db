/**
 * The region's shard map as stored in a JetStream KV bucket under the key `map`, watched so that
 * every process routes by the latest map. Changed only by compare-and-set on the revision.
 */
import type { KV } from '@nats-io/kv';
import type { ShardId } from '../entity-id.js';
import type { ShardDirectory, ShardMapListener } from './shard-directory.js';
import { decodeShardMap, emptyShardMap, encodeShardMap } from './shard-map.js';
import type { ShardMap } from './shard-map.js';

const MAP_KEY = 'map';

export class KvShardDirectory implements ShardDirectory {
  readonly shardCount: number;
  readonly #kv: KV;
  readonly #listeners = new Set<ShardMapListener>();
  #map: ShardMap;
  #stopWatch: (() => void) | undefined;

  private constructor(kv: KV, shardCount: number) {
    this.#kv = kv;
    this.shardCount = shardCount;
    this.#map = emptyShardMap(shardCount);
  }

  /**
   * Reads the current map and starts watching it.
   * @param shardCount - the region's shard count; omit it to take the stored map's (a process that
   *   only routes into a region it is not a member of)
   * @throws Error when the stored map has a different shard count than configured, or when no map
   *   is stored and no count is given
   */
  static async open(kv: KV, shardCount?: number): Promise<KvShardDirectory> {
    const entry = await kv.get(MAP_KEY);
    const stored =
      entry !== null && entry.operation === 'PUT' ? decodeShardMap(entry.value, entry.revision) : undefined;
    const count = shardCount ?? stored?.owners.length;
    if (count === undefined) throw new Error('the region has no shard map yet: no node of it has started');
    const directory = new KvShardDirectory(kv, count);
    if (stored !== undefined) directory.#accept(stored);
    const watch = await kv.watch({ key: MAP_KEY });
    directory.#stopWatch = () => watch.stop();
    void (async () => {
      for await (const e of watch) {
        if (e.operation !== 'PUT') continue;
        try {
          directory.#accept(decodeShardMap(e.value, e.revision));
        } catch {
          // A malformed map is ignored; the coordinator rewrites it.
        }
      }
    })();
    return directory;
  }

  #accept(map: ShardMap): void {
    if (map.owners.length !== this.shardCount) {
      throw new Error(
        `the region's shard map has ${map.owners.length} shards but this node is configured with ${this.shardCount}; the shard count of a region is fixed`,
      );
    }
    if (map.revision <= this.#map.revision) return;
    const previous = this.#map;
    this.#map = map;
    for (const listener of this.#listeners) listener(map, previous);
  }

  current(): ShardMap {
    return this.#map;
  }

  ownerOf(shard: ShardId): string | null {
    return this.#map.owners[shard] ?? null;
  }

  onChange(listener: ShardMapListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  nextChange(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const off = this.onChange(done);
      function done(): void {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  }

  /**
   * Writes a new map if the stored one is still at `map.revision` (compare-and-set).
   * @returns whether the write won
   */
  async compareAndSet(map: ShardMap): Promise<boolean> {
    try {
      const revision =
        map.revision === 0
          ? await this.#kv.create(MAP_KEY, encodeShardMap(map))
          : await this.#kv.update(MAP_KEY, encodeShardMap(map), map.revision);
      this.#accept({ ...map, revision });
      return true;
    } catch {
      const entry = await this.#kv.get(MAP_KEY).catch(() => null);
      if (entry !== null && entry.operation === 'PUT') this.#accept(decodeShardMap(entry.value, entry.revision));
      return false;
    }
  }

  async close(): Promise<void> {
    this.#stopWatch?.();
    this.#stopWatch = undefined;
    this.#listeners.clear();
  }
}
