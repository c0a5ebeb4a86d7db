/**
 * The embedded default: every role in one process, an in-process transport, and the local
 * classic-level store as both journal and snapshot store. Same entities, same protocol.
 */
import type { Logger } from 'pino';
import { loadModules } from '../gateway/index.js';
import type { RedoubtModule } from '../gateway/index.js';
import {
  keyScopeIn,
  LevelJournal,
  LevelOutboxLedger,
  LevelSnapshotStore,
  MemoryTransport,
  StaticShardDirectory,
  StoredNames,
} from '../actors/index.js';
import { keyset, RegistryKeyring, ScopedKeyring, VaultKeyring } from '../registry/index.js';
import type { FetchReply } from '../registry/index.js';
import type { NodeConfig } from './config.js';
import { checkStoredNames, openDataStore } from './data-store.js';
import { hostedKinds } from './kinds.js';
import { assembleEntityRuntime } from './entity-runtime.js';
import { startObservability } from './http-observability.js';
import { NodeMetrics } from './metrics.js';
import { openVault } from './vault-provider.js';
import { vaultNodeAccess } from './node-access.js';
import { startGatewayRole } from './gateway-role.js';
import type { GatewayRole } from './gateway-role.js';
import { createSuperadmin } from '../gateway/index.js';
import { forgetLocally, nodeAdminHandler } from './admin/node-admin.js';
import { serveAdminSocket } from './admin/admin-server.js';
import { NODE_MODULES } from './modules.js';
import { moduleLogger } from './logger.js';
import { startOutboxRelay } from './outbox-wiring.js';
import type { RunningNode } from './running-node.js';

/**
 * Starts the embedded default.
 * @param modules - the modules the node runs: it hosts their kinds and serves their services
 *   @default NODE_MODULES
 * @throws ModuleError when two modules clash, ConfigError for a bad configuration, and whatever
 *   stops the vault or the stores from opening
 */
export async function startStandalone(
  config: NodeConfig,
  log: Logger,
  modules: readonly RedoubtModule[] = NODE_MODULES,
): Promise<RunningNode> {
  const loaded = await loadModules(modules);
  const vault = await openVault(config, log);
  const db = await openDataStore(config.dataDir);
  await checkStoredNames(db, config.dataDir, 'refuse').catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  // Org data keys come from the registry's keysets, hosted by this same runtime (made below).
  const dataKeys = new RegistryKeyring(
    async (id, command) => (await runtime.client.ask(keyset, id, command)) as FetchReply,
  );
  const keyring = new ScopedKeyring(new VaultKeyring(vault), dataKeys);
  const roles = { data: true, registry: true };
  const names = new StoredNames(keyring, keyScopeIn(hostedKinds(roles, loaded)));
  const journal = new LevelJournal(db, names);
  const snapshots = new LevelSnapshotStore(db, names);
  const outboxLedger = new LevelOutboxLedger(db, names);
  const metrics = new NodeMetrics();
  const transport = new MemoryTransport();
  const directory = new StaticShardDirectory(config.nodeId, config.shards);
  const access = vaultNodeAccess(vault, () => runtime.client);
  const runtime = assembleEntityRuntime({
    config,
    journal,
    snapshots,
    directory,
    transport,
    keyring,
    roles,
    modules: loaded,
    guard: access.guard,
    signer: access.signer,
    metrics,
    log,
    outbox: { ledger: outboxLedger, registry: () => runtime.client },
  });
  const served = runtime.server.listen(transport);
  const stopRelay = startOutboxRelay(runtime, outboxLedger, moduleLogger(log, 'outbox'));
  // One process holds everything: the registry's entities and every org's live in the same stores.
  const stores = { journal, snapshots, kinds: runtime.kinds, client: runtime.client };
  const admin = await serveAdminSocket(
    config.dataDir,
    nodeAdminHandler({
      nodeId: config.nodeId,
      vault,
      dataKeys,
      host: runtime.host,
      client: runtime.client,
      registryStores: stores,
      orgStores: async () => stores,
      announce: forgetLocally(dataKeys, runtime.host, runtime.kinds, log),
      superadmins: (request) =>
        createSuperadmin(runtime.client, request, { n: config.scryptN, r: 8, p: 1 }, access.envelopeKeys.nameKey()),
      // A node started sealed serves gRPC once an operator unseals it.
      onUnsealed: async () => {
        await access.envelopeKeys.load();
        await startGateway();
      },
      log,
    }),
    log,
  );
  metrics.shardsOwned(config.shards);
  // Even in one process every envelope to a data entity is vouched for and checked.
  if (!vault.sealed) await access.envelopeKeys.load();
  // One client serves both: data and registry entities live in this process.
  let gateway: GatewayRole | undefined;
  let starting: Promise<void> | undefined;
  const startGateway = async (): Promise<void> => {
    if (!config.gateway || vault.sealed) return;
    starting ??= (async () => {
      gateway = await startGatewayRole(
        config,
        {
          client: runtime.client,
          registry: runtime.client,
          transport,
          metrics,
          modules: loaded,
          nameKey: () => access.envelopeKeys.nameKey(),
        },
        log,
      );
    })();
    await starting;
  };
  let closing = false;
  const http = await startObservability(config.httpHost, config.httpPort, metrics, () => ({
    ready: !closing && !vault.sealed,
    sealed: vault.sealed,
    mode: 'standalone',
    node: config.nodeId,
    region: config.region,
    ...(gateway === undefined ? {} : { grpcPort: gateway.port, endpoints: gateway.endpoints }),
  }));
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      closing = true;
      await gateway?.close();
      await admin.close();
      await stopRelay();
      served.close();
      await runtime.host.close();
      access.envelopeKeys.close();
      await transport.close();
      await db.close();
      keyring.close();
      vault.seal();
      await http.close();
    })());
  // A gateway that cannot start (a module's listener, say) leaves nothing open behind it.
  try {
    await startGateway();
  } catch (error) {
    await close();
    throw error;
  }
  return {
    config,
    client: runtime.client,
    httpPort: http.port,
    get grpcPort() {
      return gateway?.port;
    },
    get caFile() {
      return gateway?.caFile;
    },
    get endpoints() {
      return gateway?.endpoints;
    },
    get outbox() {
      return gateway?.outbox;
    },
    nameKey: () => access.envelopeKeys.nameKey(),
    close,
  };
}
