/** The JetStream KV buckets a region's cluster state lives in, created on first use. */
import { Kvm } from '@nats-io/kv';
import type { KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';

export interface RegionBucketOptions {
  readonly region: string;
  /**
   * Replicas of each bucket (3 in a three-server cluster).
   * @default 1
   */
  readonly replicas?: number;
}

function bucketName(region: string, what: string): string {
  return `rdt_${region.replaceAll('-', '_')}_${what}`;
}

/** The bucket holding the region's shard map under the key `map`. */
export function openShardMapBucket(nc: NatsConnection, options: RegionBucketOptions): Promise<KV> {
  return new Kvm(nc).create(bucketName(options.region, 'shards'), {
    history: 1,
    replicas: options.replicas ?? 1,
    storage: 'file' as never,
  });
}

/**
 * Another region's shard-map bucket, for a client that routes asks there: bound, never created
 * (a bucket made from here would be placed in this region's cluster).
 */
export function openRemoteShardMapBucket(nc: NatsConnection, region: string): Promise<KV> {
  return new Kvm(nc).open(bucketName(region, 'shards'));
}

/** The bucket holding the coordinator lease; an unrenewed lease expires after `leaseMs`. */
export function openLeaseBucket(nc: NatsConnection, options: RegionBucketOptions & { leaseMs: number }): Promise<KV> {
  return new Kvm(nc).create(bucketName(options.region, 'lease'), {
    history: 1,
    replicas: options.replicas ?? 1,
    ttl: options.leaseMs,
    storage: 'memory' as never,
  });
}

/** The bucket holding shared snapshots, so any node of the region can recover an entity. */
export function openSnapshotBucket(nc: NatsConnection, options: RegionBucketOptions): Promise<KV> {
  return new Kvm(nc).create(bucketName(options.region, 'snapshots'), {
    history: 1,
    replicas: options.replicas ?? 1,
    storage: 'file' as never,
  });
}

/** The bucket holding outbox notes (see actors/runtime/outbox.ts): few keys, each briefly. */
export function openOutboxBucket(nc: NatsConnection, options: RegionBucketOptions): Promise<KV> {
  return new Kvm(nc).create(bucketName(options.region, 'outbox'), {
    history: 1,
    replicas: options.replicas ?? 1,
    storage: 'file' as never,
  });
}
