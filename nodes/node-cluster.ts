/**
 * A node of a cluster: its journal is its region's JetStream stream, its snapshots live on local
 * disk and in a KV bucket, the shard map in KV tells it which entities it hosts, and it takes part
 * in heartbeats and coordinator election. On close it hands its shards off first.
 *
 * Two roles share this shape. A **shard** node hosts the data entities of a region and holds no
 * master key: it fetches each org's data keys from the registry, signing every request with its
 * certificate from the internal CA. A **registry** node hosts the registry's entities in the
 * registry group (region `registry`): it unseals the vault kept in a KV bucket, admits requests to
 * registry entities only with a registry MAC or a node certificate, and serves the operator's
 * admin socket (unseal, seal, keys, cert).
 */
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { loadModules } from '../gateway/index.js';
import type { LoadedModule, RedoubtModule } from '../gateway/index.js';
import {
  EntityClient,
  JetStreamJournal,
  KvShardDirectory,
  KvSnapshotStore,
  LevelSnapshotStore,
  NatsTransport,
  RegionCoordinator,
  TieredSnapshotStore,
  UnavailableError,
  KvOutboxLedger,
  keyScopeIn,
  openLeaseBucket,
  openOutboxBucket,
  openRemoteShardMapBucket,
  openShardMapBucket,
  openSnapshotBucket,
  StoredNames,
} from '../actors/index.js';
import type { AnyEntityKind, EntityNames, Keyring, ShardId, ShardMap } from '../actors/index.js';
import {
  announceHomeChanged,
  ca,
  CLUSTER_CA_ID,
  keyset,
  KvVaultStore,
  NodeCertificate,
  orgHome,
  RegistryKeyring,
  ScopedKeyring,
  VaultKeyring,
} from '../registry/index.js';
import type { AskCertificate, FetchReply, IssueReply, RegionData, Vault } from '../registry/index.js';
import { forgetLocally, nodeAdminHandler } from './admin/node-admin.js';
import type { EntityStores } from './admin/node-admin.js';
import { serveAdminSocket } from './admin/admin-server.js';
import type { NodeConfig } from './config.js';
import { checkStoredNames, openDataStore } from './data-store.js';
import { ConfigError } from './errors.js';
import { assembleEntityRuntime } from './entity-runtime.js';
import type { EntityRuntime } from './entity-runtime.js';
import { startObservability } from './http-observability.js';
import { announceKeysChanged, onKeysChanged } from './key-announcements.js';
import { hostedKinds } from './kinds.js';
import { moduleLogger } from './logger.js';
import { forgetMovedOrgs } from './moved-orgs.js';
import { NodeMetrics } from './metrics.js';
import { NODE_MODULES } from './modules.js';
import { connectNats } from './nats-connect.js';
import { openRegistryLink } from './registry-link.js';
import { linkedNodeAccess, NO_KEYS_HINT, vaultNodeAccess } from './node-access.js';
import type { NodeAccess } from './node-access.js';
import type { RunningNode } from './running-node.js';
import { untilReady } from './startup-retry.js';
import { openVault } from './vault-provider.js';
import { startOutboxRelay } from './outbox-wiring.js';
import { serveVaultSync, syncVaults } from './vault-sync.js';

const HANDOFF_TIMEOUT_MS = 10_000;

/** What differs between a shard node and a registry node. */
interface ClusterRole {
  readonly keyring: Keyring;
  /** The guard on what the node hosts, the credentials of what it sends, the envelope keys. */
  readonly access: NodeAccess;
  /** Where the node's certificate renews, once the runtime is up. */
  askCa(runtime: EntityRuntime): AskCertificate;
  /** Starts what the role serves besides entities; returns how to stop it. */
  start(
    runtime: EntityRuntime,
    stores: { journal: JetStreamJournal; snapshots: TieredSnapshotStore; directory: KvShardDirectory },
  ): Promise<() => Promise<void>>;
  health(): Record<string, unknown>;
  ready(): boolean;
  /** The registry's client, for a role that hosts data kinds (their outbox feeds audit trails). */
  readonly registry?: () => EntityClient;
  /** Drops the data keys this node holds for an org (it moved to another region). */
  forgetKeysOf?(org: string): void;
}

/**
 * Starts a shard node or a registry node of a cluster.
 * @param modules - the modules the node runs: a shard node hosts their kinds, a registry node
 *   re-seals them in rotations @default NODE_MODULES
 */
export async function startClusterNode(
  config: NodeConfig,
  log: Logger,
  modules: readonly RedoubtModule[] = NODE_MODULES,
): Promise<RunningNode> {
  const loaded = await loadModules(modules);
  // The certificate renews through the registry, which is reachable only once NATS is.
  let askCa: AskCertificate = () => Promise.reject(new UnavailableError('the node is still starting'));
  const certificate =
    config.certDir === undefined
      ? undefined
      : await NodeCertificate.resume((command) => askCa(command), config.certDir, {
          onError: (error) => log.warn({ err: error }, 'certificate renewal failed; retrying'),
          onRenewed: (material) => log.info({ notAfter: new Date(material.notAfter) }, 'certificate renewed'),
        });
  const nc = await connectNats(config, log, config.natsTls ? certificate?.tls : undefined);
  const transport = new NatsTransport(nc);
  const role =
    config.mode === 'registry'
      ? await registryRole(nc, config, loaded, log)
      : await shardRole(nc, transport, certificate!, config, log);

  const db = await openDataStore(config.dataDir);
  // The local store caches snapshots only: copies named the earlier way are dropped.
  await checkStoredNames(db, config.dataDir, 'drop');
  const roles = { data: config.mode === 'shard', registry: config.mode === 'registry' };
  const names = new StoredNames(role.keyring, keyScopeIn(hostedKinds(roles, loaded)));
  const buckets = { region: config.region, replicas: config.replicas, names };
  // A NATS cluster answers JetStream requests only once it has elected a leader: wait for it.
  const { journal, snapshotBucket, shardBucket, lease, outboxBucket } = await untilReady(
    'JetStream (journal stream and KV buckets)',
    async () => ({
      journal: await JetStreamJournal.open(nc, buckets),
      snapshotBucket: await openSnapshotBucket(nc, buckets),
      outboxBucket: await openOutboxBucket(nc, buckets),
      shardBucket: await openShardMapBucket(nc, buckets),
      lease: await openLeaseBucket(nc, { ...buckets, leaseMs: config.leaseMs }),
    }),
    log,
    config.startupTimeoutMs,
    `is JetStream enabled on the servers, with at least ${config.replicas} of them up (--replicas)?`,
  );
  const unblinded = await journal.unblindedEntities();
  if (unblinded > 0) {
    await db.close();
    throw new ConfigError(
      `the journal of region ${config.region} holds ${unblinded} entities written by an earlier Redoubt, which kept entity names in the clear: ` +
        'back the region and the registry up with that release (redoubt backup --nats … --registry, then --all) and restore them into new streams with this one',
    );
  }
  const localSnapshots = new LevelSnapshotStore(db, names);
  const snapshots = new TieredSnapshotStore(localSnapshots, new KvSnapshotStore(snapshotBucket, names));
  const directory = await KvShardDirectory.open(shardBucket, config.shards);
  const outboxLedger = new KvOutboxLedger(outboxBucket, names);
  const metrics = new NodeMetrics();
  const runtime = assembleEntityRuntime({
    config,
    journal,
    snapshots,
    directory,
    transport,
    keyring: role.keyring,
    roles,
    modules: loaded,
    guard: role.access.guard,
    signer: role.access.signer,
    metrics,
    log,
    ...(role.registry === undefined ? {} : { outbox: { ledger: outboxLedger, registry: role.registry } }),
  });
  askCa = role.askCa(runtime);
  const clusterLog = moduleLogger(log, 'cluster');

  const owned = (map: ShardMap): number => map.owners.filter((owner) => owner === config.nodeId).length;
  // An entity whose shard moved away, or moved away and back (the epoch changed), may be stale.
  directory.onChange((next, previous) => {
    metrics.shardsOwned(owned(next));
    const lost = (shard: ShardId): boolean =>
      previous.owners[shard] === config.nodeId &&
      (next.owners[shard] !== config.nodeId || next.epochs[shard] !== previous.epochs[shard]);
    void runtime.host.retireShards(lost).then((count) => {
      if (count > 0) clusterLog.info({ entities: count }, 'retired entities of shards that moved');
    });
  });
  metrics.shardsOwned(owned(directory.current()));

  const coordinator = new RegionCoordinator(
    transport,
    lease,
    config.leaseMs,
    directory,
    { nodeId: config.nodeId, region: config.region, heartbeatMs: config.heartbeatMs, deadAfterMs: config.deadAfterMs },
    clusterLog,
  );
  const served = runtime.server.listen(transport);
  const movedOrgs =
    config.mode === 'shard'
      ? forgetMovedOrgs(
          transport,
          config.region,
          {
            host: runtime.host,
            kinds: runtime.kinds,
            localSnapshots,
            forgetKeys: (org) => {
              role.forgetKeysOf?.(org);
              names.forgetOrg(org);
            },
          },
          clusterLog,
        )
      : undefined;
  coordinator.start();
  const stopRelay =
    role.registry === undefined
      ? async () => {}
      : startOutboxRelay(runtime, outboxLedger, moduleLogger(log, 'outbox'), { nodeId: config.nodeId, directory });
  const stopRole = await role.start(runtime, { journal, snapshots, directory });

  let leaving = false;
  const http = await startObservability(config.httpHost, config.httpPort, metrics, () => ({
    ready: !leaving && owned(directory.current()) > 0 && role.ready(),
    mode: config.mode,
    node: config.nodeId,
    region: config.region,
    coordinator: coordinator.isLeader,
    shardsOwned: owned(directory.current()),
    mapRevision: directory.current().revision,
    ...role.health(),
  }));

  let closed: Promise<void> | undefined;
  return {
    config,
    client: runtime.client,
    httpPort: http.port,
    close: () =>
      (closed ??= (async () => {
        leaving = true;
        clusterLog.info('leaving: handing off shards');
        await coordinator.leave();
        const until = Date.now() + HANDOFF_TIMEOUT_MS;
        while (owned(directory.current()) > 0 && Date.now() < until) await directory.nextChange(until - Date.now());
        // Answer what was already delivered (callers with an old map get NOT_OWNER and retry), then stop.
        await stopRelay();
        movedOrgs?.close();
        await transport.close();
        served.close();
        await stopRole();
        await runtime.host.close();
        coordinator.close();
        await directory.close();
        certificate?.close();
        await nc.drain().catch(() => undefined);
        await db.close();
        role.keyring.close?.();
        role.access.envelopeKeys.close();
        await http.close();
        clusterLog.info('left the cluster');
      })()),
  };
}

/** A shard node: data keys from the registry over the certificate-signed link, nothing at rest. */
async function shardRole(
  nc: NatsConnection,
  transport: NatsTransport,
  certificate: NodeCertificate,
  config: NodeConfig,
  log: Logger,
): Promise<ClusterRole> {
  const link = await openRegistryLink(nc, transport, certificate, config, log);
  const dataKeys = new RegistryKeyring(
    async (id, command) => (await link.client.ask(keyset, id, command)) as FetchReply,
  );
  // A shard node joins its region even while the registry is away; until it holds the envelope
  // keys its entities answer UNAVAILABLE (retryable) and /healthz says it is not ready.
  const access = linkedNodeAccess(link.client);
  access.envelopeKeys.loadInBackground((error) =>
    log.warn({ err: error, hint: NO_KEYS_HINT }, 'no envelope keys yet; trying again'),
  );
  return {
    keyring: new ScopedKeyring(undefined, dataKeys),
    access,
    askCa: () => async (command) => (await link.client.ask(ca, CLUSTER_CA_ID, command)) as IssueReply,
    async start(runtime) {
      const forget = forgetLocally(dataKeys, runtime.host, runtime.kinds, log);
      const stop = onKeysChanged(nc, log, (change) => void forget(change));
      return async () => {
        stop();
        await link.close();
      };
    },
    forgetKeysOf: (org) => dataKeys.forgetOrg(org),
    health: () => ({
      certificateNotAfter: new Date(certificate.current.notAfter).toISOString(),
      envelopeKeys: access.envelopeKeys.loaded,
    }),
    ready: () => access.envelopeKeys.loaded,
    registry: () => link.client,
  };
}

/** A registry node: the vault from KV, the guard on registry entities, the admin socket. */
async function registryRole(
  nc: NatsConnection,
  config: NodeConfig,
  modules: readonly LoadedModule[],
  log: Logger,
): Promise<ClusterRole> {
  const vault: Vault = await openVault(
    config,
    log,
    process.env,
    await KvVaultStore.open(nc, { replicas: config.replicas }),
  );
  let runtime: EntityRuntime | undefined;
  const client = (): EntityClient => {
    if (runtime === undefined) throw new UnavailableError('the registry node is still starting');
    return runtime.client;
  };
  const access = vaultNodeAccess(vault, client);
  // Registry nodes open no org data; the keyring is there for the admin's cache drops.
  const dataKeys = new RegistryKeyring(async (id, command) => (await client().ask(keyset, id, command)) as FetchReply);
  const regions = new Map<string, Promise<EntityStores>>();
  const keyring = new ScopedKeyring(new VaultKeyring(vault), dataKeys);
  // The regions' data, opened from here to move orgs or re-seal them, is named by the org's keys.
  const dataKinds = hostedKinds({ data: true, registry: false }, modules);
  const dataNames = new StoredNames(keyring, keyScopeIn(dataKinds));
  return {
    keyring,
    access,
    askCa: (started) => async (command) => (await started.client.ask(ca, CLUSTER_CA_ID, command)) as IssueReply,
    async start(started, { journal, snapshots, directory }) {
      runtime = started;
      const stopSync = serveVaultSync(nc, vault, config.nodeId, log);
      const registryNodes = () => new Set(directory.current().owners.filter((owner) => owner !== null)).size;
      const admin = await serveAdminSocket(
        config.dataDir,
        nodeAdminHandler({
          nodeId: config.nodeId,
          vault,
          dataKeys,
          host: started.host,
          client: started.client,
          registryStores: { journal, snapshots, kinds: started.kinds, client: started.client },
          orgStores: (org, region) =>
            regionStores(nc, started, access, config, { names: dataNames, kinds: dataKinds }, org, region, regions),
          // The shard nodes evict; a registry node hosts no org entity.
          announce: (change) => {
            dataKeys.forget(change.scope);
            announceKeysChanged(nc, change);
            return 0;
          },
          vaultChanged: async () => void (await syncVaults(nc, registryNodes())),
          orgMoves: {
            regionData: (region) => regionData(nc, config, dataNames, region),
            kinds: dataKinds,
            announce: (change) => announceHomeChanged(new NatsTransport(nc), change),
          },
          log,
        }),
        log,
      );
      return async () => {
        stopSync();
        await admin.close();
      };
    },
    health: () => ({ sealed: vault.sealed }),
    ready: () => !vault.sealed,
  };
}

/**
 * The stores of an org's home region, for rotation and key status run from a registry node: the
 * region's journal stream, its snapshot bucket and a client routed by its shard map.
 */
async function regionStores(
  nc: NatsConnection,
  runtime: EntityRuntime,
  access: NodeAccess,
  config: NodeConfig,
  data: { readonly names: EntityNames; readonly kinds: ReadonlyMap<string, AnyEntityKind> },
  org: string,
  named: string | undefined,
  cache: Map<string, Promise<EntityStores>>,
): Promise<EntityStores> {
  const region = named ?? (await homeRegionOf(runtime, org));
  let stores = cache.get(region);
  if (stores === undefined) {
    stores = (async () => {
      const buckets = { region, replicas: config.replicas, names: data.names };
      const directory = await KvShardDirectory.open(await openShardMapBucket(nc, buckets));
      // Re-sealing asks the region's data entities: vouch for those envelopes too.
      if (!access.envelopeKeys.loaded) await access.envelopeKeys.load();
      return {
        journal: await JetStreamJournal.open(nc, buckets),
        snapshots: new KvSnapshotStore(await openSnapshotBucket(nc, buckets), data.names),
        kinds: data.kinds,
        client: new EntityClient({ region, directory, transport: new NatsTransport(nc), signer: access.signer }),
      };
    })();
    stores.catch(() => cache.delete(region));
    cache.set(region, stores);
  }
  return stores;
}

/**
 * A region's journal, snapshots and outbox notes, for moving an org there or away.
 * @throws UnavailableError when no node of the region ever started (its stores would otherwise
 *   be made here, in the registry's cluster)
 */
async function regionData(
  nc: NatsConnection,
  config: NodeConfig,
  names: EntityNames,
  region: string,
): Promise<RegionData> {
  try {
    const map = await KvShardDirectory.open(await openRemoteShardMapBucket(nc, region));
    await map.close();
  } catch (error) {
    throw new UnavailableError(`region ${region} has no shard map: start its nodes first`, { cause: error });
  }
  const buckets = { region, replicas: config.replicas, names };
  return {
    region,
    journal: await JetStreamJournal.open(nc, buckets),
    snapshots: new KvSnapshotStore(await openSnapshotBucket(nc, buckets), names),
    outbox: new KvOutboxLedger(await openOutboxBucket(nc, buckets), names),
  };
}

/** @throws RedoubtError `NOT_FOUND` when the org has no home region: name one (--region) */
async function homeRegionOf(runtime: EntityRuntime, org: string): Promise<string> {
  const home = (await runtime.client.ask(orgHome, org, { type: 'lookup' })) as { region: string };
  return home.region;
}
