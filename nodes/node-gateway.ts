/**
 * A gateway node of a cluster (`redoubt gateway`): the gRPC edge of one region. It owns no
 * shards and holds no key: it routes calls to each entity's home region (by the registry's
 * directory) and there by the region's shard map,
 * reaches the registry with its node certificate (signing keys, audit signer, org directory),
 * and serves TLS 1.3 with that same certificate, renewed in place. Its admin socket makes
 * platform superadmins.
 */
import type { Logger } from 'pino';
import {
  EntityClient,
  InvalidCommandError,
  KvShardDirectory,
  NatsTransport,
  openRemoteShardMapBucket,
  openShardMapBucket,
  RegionReach,
  UnavailableError,
} from '../actors/index.js';
import { createSuperadmin, loadModules } from '../gateway/index.js';
import type { RedoubtModule } from '../gateway/index.js';
import { ca, CLUSTER_CA_ID, NodeCertificate, onHomeChanged, RegistryHomeRouter } from '../registry/index.js';
import type { AskCertificate, IssueReply } from '../registry/index.js';
import { serveAdminSocket } from './admin/admin-server.js';
import type { NodeConfig } from './config.js';
import { REGISTRY_REGION } from './config.js';
import { startGatewayRole } from './gateway-role.js';
import { startObservability } from './http-observability.js';
import { NodeMetrics } from './metrics.js';
import { connectNats } from './nats-connect.js';
import { NODE_MODULES } from './modules.js';
import { openLinkedNodeAccess } from './node-access.js';
import { openRegistryLink } from './registry-link.js';
import type { RunningNode } from './running-node.js';
import { untilReady } from './startup-retry.js';

/**
 * Starts a gateway node.
 * @param modules - the modules whose services the gateway serves (the region's shard nodes must
 *   host their kinds) @default NODE_MODULES
 */
export async function startGatewayNode(
  config: NodeConfig,
  log: Logger,
  modules: readonly RedoubtModule[] = NODE_MODULES,
): Promise<RunningNode> {
  const loaded = await loadModules(modules);
  let askCa: AskCertificate = () => Promise.reject(new UnavailableError('the node is still starting'));
  let onRenewed: (material: { key: string; cert: string }) => void = () => undefined;
  const certificate = await NodeCertificate.resume((command) => askCa(command), config.certDir!, {
    onError: (error) => log.warn({ err: error }, 'certificate renewal failed; retrying'),
    onRenewed: (material) => {
      onRenewed(material);
      log.info({ notAfter: new Date(material.notAfter) }, 'certificate renewed');
    },
  });
  const nc = await connectNats(config, log, config.natsTls ? certificate.tls : undefined);
  const transport = new NatsTransport(nc);
  const link = await openRegistryLink(nc, transport, certificate, config, log);
  askCa = async (command) => (await link.client.ask(ca, CLUSTER_CA_ID, command)) as IssueReply;
  // The region's shard map says where its entities live; its shard count is the stored map's.
  const directory = await untilReady(
    `the shard map of region ${config.region}`,
    async () =>
      KvShardDirectory.open(await openShardMapBucket(nc, { region: config.region, replicas: config.replicas })),
    log,
    config.startupTimeoutMs,
    `is a shard node (redoubt node --region ${config.region}) running on this NATS cluster?`,
  );
  // Every envelope this gateway sends to a data entity carries an envelope MAC.
  const access = await openLinkedNodeAccess(link.client, config, log);
  // Entities homed in another region are asked there, over the NATS super cluster.
  const router = new RegistryHomeRouter({
    region: config.region,
    directory,
    platformRegion: config.platformRegion,
    registry: link.client,
    registryRegion: REGISTRY_REGION,
    reach: new RegionReach(transport),
    openDirectory: async (region) => KvShardDirectory.open(await openRemoteShardMapBucket(nc, region)),
  });
  // A moved org's cached home is dropped at once (a missed announcement: the old region's markers tell).
  const moves = onHomeChanged(transport, (change) => router.forget('org', change.org));
  const client = new EntityClient({
    region: config.region,
    directory,
    router,
    transport,
    defaultTimeoutMs: 30_000,
    signer: access.signer,
  });
  // Made before the gateway, so that its calls are counted in the registry /metrics serves.
  const metrics = new NodeMetrics();
  const gateway = await startGatewayRole(
    config,
    {
      client,
      registry: link.client,
      transport,
      certificate,
      metrics,
      modules: loaded,
      nameKey: () => access.envelopeKeys.nameKey(),
    },
    log,
  );
  onRenewed = gateway.onRenewed;
  const passwordCost = { n: config.scryptN, r: 8, p: 1 };
  const admin = await serveAdminSocket(
    config.dataDir,
    async (request) => {
      switch (request.op) {
        case 'status':
          return {
            node: config.nodeId,
            mode: 'gateway',
            region: config.region,
            grpcPort: gateway.port,
            endpoints: gateway.endpoints,
          };
        case 'create-superadmin':
          return createSuperadmin(client, request, passwordCost, access.envelopeKeys.nameKey(), link.client);
        default:
          throw new InvalidCommandError(`a gateway node does not do ${request.op}: ask a registry node`, {
            field: 'op',
          });
      }
    },
    log,
  );
  let closing = false;
  const http = await startObservability(config.httpHost, config.httpPort, metrics, () => ({
    ready: !closing && directory.current().owners.some((owner) => owner !== null),
    mode: 'gateway',
    node: config.nodeId,
    region: config.region,
    grpcPort: gateway.port,
    endpoints: gateway.endpoints,
  }));
  let closed: Promise<void> | undefined;
  return {
    config,
    client,
    httpPort: http.port,
    grpcPort: gateway.port,
    endpoints: gateway.endpoints,
    caFile: gateway.caFile,
    outbox: gateway.outbox,
    close: () =>
      (closed ??= (async () => {
        closing = true;
        await gateway.close();
        await admin.close();
        certificate.close();
        access.envelopeKeys.close();
        await link.close();
        moves.close();
        await router.close();
        await directory.close();
        await nc.drain().catch(() => undefined);
        await http.close();
      })()),
  };
}
