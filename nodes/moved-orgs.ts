/**
 * What a shard node does when an org moves out of its region: drop the org's entities it still
 * holds in memory, its data keys, and the copies of their snapshots in its own store (the region's shared
 * copies are erased by the move itself). The journal's markers already keep the old region from
 * serving them; this only frees memory and leaves no stale copy on the node's disk.
 */
import type { Logger } from 'pino';
import type {
  AnyEntityKind,
  EntityHost,
  EntityId,
  LevelSnapshotStore,
  Subscription,
  Transport,
} from '../actors/index.js';
import { belongsToOrg, onHomeChanged } from '../registry/index.js';

export function forgetMovedOrgs(
  transport: Transport,
  region: string,
  node: {
    readonly host: EntityHost;
    readonly kinds: ReadonlyMap<string, AnyEntityKind>;
    readonly localSnapshots: LevelSnapshotStore;
    /** Drops the org's data keys (and names made with them) from memory: they are no longer in use here. */
    forgetKeys(org: string): void;
  },
  log: Logger,
): Subscription {
  const { host, kinds, localSnapshots } = node;
  return onHomeChanged(transport, (change) => {
    if (change.from !== region) return;
    const ofOrg = (entity: EntityId) => belongsToOrg(kinds, entity, change.org);
    void (async () => {
      const evicted = await host.evict((entity) => ofOrg(entity));
      let removed = 0;
      // The org's key names its snapshots here: drop them before the key.
      for await (const entity of localSnapshots.entities(change.org)) {
        if (!ofOrg(entity)) continue;
        await localSnapshots.remove(entity);
        removed++;
      }
      node.forgetKeys(change.org);
      log.info(
        // No org id in the log: which org moved is the operator's report, not the nodes' logs.
        { to: change.to, evicted, removed },
        'org moved away: its entities and snapshots here dropped',
      );
    })().catch((error: unknown) =>
      log.warn({ err: error, to: change.to }, 'dropping a moved org’s local copies failed'),
    );
  });
}
