/**
 * A whole Redoubt cluster on loopback, as `redoubt sim cluster` and the simulator start it: per
 * region a nats-server cluster with JetStream (regions joined by NATS gateways), shard nodes and
 * gateway nodes; one registry group in the first region. Data lives in one directory; every
 * process is a real child process that dies with its owner. The simulator's faults act on the
 * processes by name (`sim-n2`, `sim-gw1`, `r1`, nats `sim-1`).
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clusterClient } from './cluster-client.js';
import { freePorts } from './free-port.js';
import { NatsCluster, NatsServer } from './nats-server.js';
import { NatsSuperCluster } from './nats-super-cluster.js';
import { RedoubtNode } from './redoubt-node.js';
import type { RedoubtNodeOptions } from './redoubt-node.js';
import { LocalRegistry } from './registry-bootstrap.js';

export interface SimClusterSpec {
  /** Each region is a NATS cluster with its own shard nodes and gateways; the registry is in the first. */
  readonly regions: readonly string[];
  /** nats-servers per region (JetStream replicas: up to 3). */
  readonly nats: number;
  /** Shard nodes per region. */
  readonly nodes: number;
  /** Gateway nodes per region. */
  readonly gateways: number;
  readonly registryNodes: number;
  /** Shards per region. */
  readonly shards: number;
  /** The gateways' scrypt cost for passwords (production: 32768). */
  readonly scryptN: number;
  /** The nodes' failure detection (`--heartbeat-ms`, `--dead-after-ms`, `--lease-ms`). */
  readonly heartbeatMs: number;
  readonly deadAfterMs: number;
  readonly leaseMs: number;
}

export interface SimClusterOptions {
  readonly spec: SimClusterSpec;
  /** Where all data goes; kept after close. @default a temp dir, removed on close */
  readonly dir?: string;
  /** Called with a line for each step of the start-up. */
  readonly progress?: (message: string) => void;
}

/** What a client needs to reach one gateway. */
export interface GatewayEndpoint {
  readonly name: string;
  readonly region: string;
  /** `127.0.0.1:PORT`, the same across restarts of the gateway. */
  readonly address: string;
  /** The gateway's data directory (its admin socket, its mail outbox). */
  readonly dataDir: string;
}

type Role = 'node' | 'gateway' | 'registry';

/**
 * The flags of a gateway the simulator drives: its password KDF cost, and rate limits out of the
 * way (every call comes from 127.0.0.1, and many calls per account).
 */
export function simGatewayArgs(scryptN: number): string[] {
  return ['--scrypt-n', String(scryptN), '--rate-per-ip', '100000', '--rate-per-account', '100000'];
}

interface Member {
  readonly role: Role;
  readonly region: string;
  /** How it was started (registry nodes are started by the LocalRegistry). */
  readonly options?: RedoubtNodeOptions;
  process: RedoubtNode;
}

export class SimCluster implements AsyncDisposable {
  readonly spec: SimClusterSpec;
  readonly dir: string;
  /** The CA bundle (PEM) the gateways' certificates chain to. */
  readonly ca: string;
  /** The file the CA bundle came from (the first gateway's certificate directory). */
  readonly caFile: string;
  readonly registry: LocalRegistry;
  readonly #nats: NatsRegions;
  readonly #members: Map<string, Member>;
  readonly #ownDir: boolean;

  private constructor(
    parts: Pick<SimCluster, 'spec' | 'dir' | 'ca' | 'caFile' | 'registry'> & { nats: NatsRegions; ownDir: boolean },
    members: Map<string, Member>,
  ) {
    this.spec = parts.spec;
    this.dir = parts.dir;
    this.ca = parts.ca;
    this.caFile = parts.caFile;
    this.registry = parts.registry;
    this.#nats = parts.nats;
    this.#ownDir = parts.ownDir;
    this.#members = members;
  }

  /**
   * Starts everything and waits until every region's shards are owned by its nodes.
   * @throws Error naming the process that did not come up, with its log tail; whatever had
   *   started is stopped first.
   */
  static async start(options: SimClusterOptions): Promise<SimCluster> {
    const { spec } = options;
    const progress = options.progress ?? (() => undefined);
    const ownDir = options.dir === undefined;
    const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'redoubt-sim-')));
    await mkdir(dir, { recursive: true });
    const members = new Map<string, Member>();
    // What has started so far, stopped in reverse order if a later step fails.
    const started: AsyncDisposable[] = [];
    const use = <T extends AsyncDisposable>(resource: T): T => (started.push(resource), resource);
    try {
      progress(`nats: ${spec.regions.length} × ${spec.nats} servers with JetStream`);
      const nats = use(await NatsRegions.start(spec.regions, spec.nats));
      const replicas = Math.min(spec.nats, 3);
      const timing = [
        ...['--heartbeat-ms', String(spec.heartbeatMs), '--dead-after-ms', String(spec.deadAfterMs)],
        ...['--lease-ms', String(spec.leaseMs)],
      ];
      const registryIds = Array.from({ length: spec.registryNodes }, (_, i) => `r${i + 1}`);
      progress(`registry: init the vault, start ${registryIds.join(', ')}`);
      const registry = use(
        await LocalRegistry.start({
          natsUrl: nats.url(spec.regions[0]!),
          dir: join(dir, 'registry'),
          replicas,
          nodeIds: registryIds,
          extraArgs: timing,
        }),
      );
      for (const id of registryIds) {
        const process = registry.nodes.get(id)!;
        members.set(id, { role: 'registry', region: spec.regions[0]!, process });
      }
      const launch = async (role: Role, region: string, options: RedoubtNodeOptions): Promise<void> => {
        const process = await RedoubtNode.start(options);
        use(process);
        members.set(options.nodeId, { role, region, options, process });
      };
      for (const region of spec.regions) {
        const natsUrl = nats.url(region);
        const nodeIds = Array.from({ length: spec.nodes }, (_, i) => `${region}-n${i + 1}`);
        const nodeOptions = async (nodeId: string): Promise<RedoubtNodeOptions> => ({
          nodeId,
          natsUrl,
          dataDir: join(dir, nodeId),
          certDir: await registry.issueCertificate(nodeId),
          region,
          shards: spec.shards,
          replicas,
          extraArgs: timing,
        });
        progress(`${region}: shard nodes ${nodeIds.join(', ')}`);
        // The first node makes the region's stream and buckets; the others join it.
        await launch('node', region, await nodeOptions(nodeIds[0]!));
        await Promise.all(nodeIds.slice(1).map(async (id) => launch('node', region, await nodeOptions(id))));
        await using client = await clusterClient(natsUrl, { region, shards: spec.shards, replicas });
        await client.waitForOwners(nodeIds, 60_000);
        const gatewayIds = Array.from({ length: spec.gateways }, (_, i) => `${region}-gw${i + 1}`);
        progress(`${region}: gateways ${gatewayIds.join(', ')}`);
        const ports = await freePorts(gatewayIds.length);
        await Promise.all(
          gatewayIds.map(async (nodeId, i) =>
            launch('gateway', region, {
              role: 'gateway',
              nodeId,
              natsUrl,
              dataDir: join(dir, nodeId),
              certDir: await registry.issueCertificate(nodeId, ['--dns', 'localhost']),
              region,
              replicas,
              grpcPort: ports[i]!,
              // The platform's data (email and org indexes) lives in the first region.
              extraArgs: [...simGatewayArgs(spec.scryptN), '--platform-region', spec.regions[0]!],
            }),
          ),
        );
      }
      const firstGateway = [...members.values()].find((m) => m.role === 'gateway')!;
      const caFile = join(firstGateway.options!.certDir!, 'ca.pem');
      const ca = await readFile(caFile, 'utf8');
      return new SimCluster({ spec, dir, ca, caFile, registry, nats, ownDir }, members);
    } catch (error) {
      for (const resource of started.reverse())
        await Promise.resolve(resource[Symbol.asyncDispose]()).catch(() => undefined);
      if (ownDir) await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * Cuts the NATS gateway links between the regions (a partition): each region keeps its own
   * servers, nodes and gateways, and reaches no other.
   * @throws Error with a single region
   */
  cutRegionLinks(): void {
    const superCluster = this.#nats.superCluster;
    if (superCluster === undefined) throw new Error('a single-region cluster has no links between regions');
    superCluster.cutLinks();
  }

  /** Mends what {@link cutRegionLinks} cut. */
  mendRegionLinks(): void {
    this.#nats.superCluster?.mendLinks();
  }

  /** Every gateway, in region order. */
  gateways(region?: string): GatewayEndpoint[] {
    return [...this.#members.entries()]
      .filter(([, m]) => m.role === 'gateway' && (region === undefined || m.region === region))
      .map(([name, m]) => ({
        name,
        region: m.region,
        address: `127.0.0.1:${m.options!.grpcPort!}`,
        dataDir: m.options!.dataDir,
      }));
  }

  /** The names of the processes of a role (`node`, `gateway`, `registry`), in start order. */
  names(role: Role): string[] {
    return [...this.#members.entries()].filter(([, m]) => m.role === role).map(([name]) => name);
  }

  /** The nats-servers of every region, named `<region>-<index>`. */
  natsServers(): Map<string, NatsServer> {
    return this.#nats.servers();
  }

  /** Comma-joined client URLs of a region's nats-servers. */
  natsUrl(region: string): string {
    return this.#nats.url(region);
  }

  /** The process of a node, gateway or registry node by name. @throws Error if there is none */
  process(name: string): RedoubtNode {
    return this.#member(name).process;
  }

  roleOf(name: string): Role {
    return this.#member(name).role;
  }

  /** Starts a stopped or killed process again, with its data, certificate and ports. */
  async restart(name: string): Promise<void> {
    const member = this.#member(name);
    if (member.process.running) throw new Error(`${name} is still running`);
    member.process =
      member.options === undefined ? await this.registry.startNode(name) : await RedoubtNode.start(member.options);
  }

  /** A multi-line description of the endpoints, for `redoubt sim cluster`. */
  describe(): string {
    const lines = [`data: ${this.dir}`];
    for (const region of this.spec.regions) {
      lines.push(`region ${region}: nats ${this.natsUrl(region)}`);
      for (const gateway of this.gateways(region)) lines.push(`  gateway ${gateway.name}: ${gateway.address}`);
      lines.push(
        `  nodes: ${this.names('node')
          .filter((n) => this.#member(n).region === region)
          .join(', ')}`,
      );
    }
    lines.push(`registry: ${this.names('registry').join(', ')} (in region ${this.spec.regions[0]})`);
    lines.push(`CA bundle: ${this.caFile}`);
    return lines.join('\n');
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all(
      [...this.#members.values()].filter((m) => m.role !== 'registry').map((m) => m.process[Symbol.asyncDispose]()),
    );
    await this.registry[Symbol.asyncDispose]();
    await this.#nats[Symbol.asyncDispose]();
    if (this.#ownDir) await rm(this.dir, { recursive: true, force: true });
  }

  #member(name: string): Member {
    const member = this.#members.get(name);
    if (member === undefined)
      throw new Error(`no process named ${name} (known: ${[...this.#members.keys()].join(', ')})`);
    return member;
  }
}

/** The nats-servers of one region. */
interface RegionServers {
  readonly url: string;
  readonly servers: readonly NatsServer[];
}

/**
 * One NATS cluster per region; several regions are joined by NATS gateways. A lone region of one
 * server is a plain server: nats-server refuses a JetStream cluster with no route.
 */
class NatsRegions implements AsyncDisposable {
  readonly #regions: Map<string, RegionServers>;
  readonly #dispose: () => Promise<void>;
  /** With several regions: their super cluster, whose links can be cut. */
  readonly superCluster: NatsSuperCluster | undefined;

  private constructor(
    regions: Map<string, RegionServers>,
    dispose: () => Promise<void>,
    superCluster?: NatsSuperCluster,
  ) {
    this.#regions = regions;
    this.#dispose = dispose;
    this.superCluster = superCluster;
  }

  static async start(regions: readonly string[], size: number): Promise<NatsRegions> {
    if (regions.length === 1 && size === 1) {
      const server = await NatsServer.start();
      return new NatsRegions(new Map([[regions[0]!, { url: server.url, servers: [server] }]]), () =>
        server[Symbol.asyncDispose](),
      );
    }
    if (regions.length === 1) {
      const cluster = await NatsCluster.start({ size });
      return new NatsRegions(new Map([[regions[0]!, cluster]]), () => cluster[Symbol.asyncDispose]());
    }
    const superCluster = await NatsSuperCluster.start({ regions: [...regions], size, cuttableLinks: true });
    return new NatsRegions(
      new Map(regions.map((r) => [r, superCluster.cluster(r)])),
      () => superCluster[Symbol.asyncDispose](),
      superCluster,
    );
  }

  url(region: string): string {
    const servers = this.#regions.get(region);
    if (servers === undefined) throw new Error(`no region ${region}`);
    return servers.url;
  }

  servers(): Map<string, NatsServer> {
    const out = new Map<string, NatsServer>();
    for (const [region, { servers }] of this.#regions)
      servers.forEach((server, i) => out.set(`${region}-${i + 1}`, server));
    return out;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.#dispose();
  }
}
