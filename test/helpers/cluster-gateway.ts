/**
 * A gateway process on a test cluster, restartable with a fault switch in its environment, with
 * a superadmin logged in through it (the token works on every gateway of the cluster). The first
 * gateway (`gw1`) makes the superadmin; others log it in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiClient, OutboxDirectory } from '../../gateway/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { nodeApi } from '../../nodes/index.js';
import { RedoubtNode } from '../../sim/cluster/index.js';
import { freePort } from '../../sim/cluster/free-port.js';
import { REGION } from './test-cluster.js';
import type { TestCluster } from './test-cluster.js';

/** The password of the superadmin it makes (and good for any account a test makes). */
export const PASSWORD = 'correct horse battery staple';

export interface ClusterGateway extends AsyncDisposable {
  /** The running gateway process (a new one after each restart). */
  readonly node: RedoubtNode;
  /** Stops the gateway and starts it again, `env` added to its environment. */
  restart(env?: Readonly<Record<string, string>>): Promise<RedoubtNode>;
  /** The superadmin's client. */
  readonly root: ApiClient;
  readonly superadminId: string;
  /** A client without a token. */
  readonly api: ApiClient;
  /** Where the gateway's mail goes (verification tokens). */
  readonly outbox: OutboxDirectory;
  /** Its data directory, and its certificate's (ca.pem is the CA clients trust). */
  readonly dataDir: string;
  readonly certDir: string;
}

/** @param extraArgs - more options of the gateway (a module's, say) */
export async function startClusterGateway(
  cluster: TestCluster,
  name = 'gw1',
  extraArgs: readonly string[] = [],
): Promise<ClusterGateway> {
  const certDir = await cluster.registry.issueCertificate(name, ['--dns', 'localhost']);
  const dataDir = join(cluster.dir, name);
  const grpcPort = await freePort();
  const start = (env: Readonly<Record<string, string>> = {}) =>
    RedoubtNode.start({
      role: 'gateway',
      nodeId: name,
      natsUrl: cluster.nats.url,
      dataDir,
      certDir,
      region: REGION,
      replicas: 3,
      grpcPort,
      extraArgs: ['--scrypt-n', '1024', ...extraArgs],
      env,
    });
  let node = await start();
  const made =
    name === 'gw1'
      ? ((await callAdmin(dataDir, {
          op: 'create-superadmin',
          email: 'root@example.org',
          displayName: 'Root',
          password: PASSWORD,
        })) as { accountId: string })
      : undefined;
  const ca = await readFile(join(certDir, 'ca.pem'), 'utf8');
  const api = ApiClient.connect(`127.0.0.1:${grpcPort}`, { ca, protos: nodeApi(), serverName: 'localhost' });
  const { accessToken, accountId } = await api.call<{ accessToken: string; accountId: string }>(
    'AuthService',
    'Login',
    { email: 'root@example.org', password: PASSWORD },
  );
  return {
    get node() {
      return node;
    },
    async restart(env) {
      await node.stop();
      node = await start(env);
      return node;
    },
    root: api.withToken(accessToken),
    superadminId: made?.accountId ?? accountId,
    api,
    outbox: new OutboxDirectory(join(dataDir, 'outbox')),
    dataDir,
    certDir,
    async [Symbol.asyncDispose]() {
      api.close();
      await node.stop();
    },
  };
}
