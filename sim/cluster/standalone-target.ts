/**
 * The embedded default (`redoubt start`: one process, LevelDB, its own gateway) as a target of
 * the simulator's measured phases, for the standalone capacity figure. Its data is in a temp
 * directory removed on close.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from './free-port.js';
import { RedoubtNode } from './redoubt-node.js';
import { simGatewayArgs } from './sim-cluster.js';
import type { GatewayEndpoint } from './sim-cluster.js';
import type { SimTarget } from './sim-target.js';

/** The region a standalone node homes its orgs in. */
const REGION = 'local';

export class StandaloneTarget implements SimTarget, AsyncDisposable {
  readonly spec = { regions: [REGION] } as const;
  readonly ca: string;
  readonly #node: RedoubtNode;
  readonly #dir: string;
  readonly #gateway: GatewayEndpoint;

  private constructor(node: RedoubtNode, dir: string, ca: string, gateway: GatewayEndpoint) {
    this.#node = node;
    this.#dir = dir;
    this.ca = ca;
    this.#gateway = gateway;
  }

  /** @param scryptN - the gateway's password KDF cost (production: 32768) */
  static async start(options: { readonly scryptN: number }): Promise<StandaloneTarget> {
    const dir = await mkdtemp(join(tmpdir(), 'redoubt-sim-standalone-'));
    const dataDir = join(dir, 'data');
    try {
      const [port] = await freePorts(1);
      const node = await RedoubtNode.start({
        role: 'standalone',
        nodeId: 'solo',
        dataDir,
        keyFile: join(dir, 'master.key'),
        grpcPort: port!,
        extraArgs: ['--region', REGION, ...simGatewayArgs(options.scryptN)],
      });
      const ca = await readFile(join(dataDir, 'tls', 'ca.pem'), 'utf8');
      return new StandaloneTarget(node, dir, ca, {
        name: 'solo',
        region: REGION,
        address: `127.0.0.1:${port!}`,
        dataDir,
      });
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  gateways(region?: string): GatewayEndpoint[] {
    return region === undefined || region === REGION ? [this.#gateway] : [];
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.#node.stop();
    await rm(this.#dir, { recursive: true, force: true });
  }
}
