/**
 * A NATS super cluster on 127.0.0.1 for multi-region tests: one {@link NatsCluster} per region,
 * joined by gateways. JetStream is one meta group over every server of every region; a stream
 * is placed in the cluster of the client's server unless its config names another
 * (`placement: { cluster }`).
 *
 * @example
 * ```ts
 * await using sc = await NatsSuperCluster.start({ regions: ['eu', 'us'] });
 * const eu = await connect({ servers: sc.cluster('eu').urls });
 * ```
 */
import { freePorts } from './free-port.js';
import { LinkProxy } from './link-proxy.js';
import { NatsCluster, retry, withConnection } from './nats-server.js';

/** What a region name may be: it becomes a cluster, gateway and server name. */
const REGION_NAME = /^[A-Za-z0-9_-]+$/;

/** Options of {@link NatsSuperCluster.start}. */
export interface NatsSuperClusterOptions {
  /**
   * The regions, one cluster each, at least one. A region's name is its cluster's name and
   * gateway name (so `streams.info(...).cluster.name` is the region), and its servers are named
   * `<region>-<i>`. Letters, digits, `_` and `-`; all distinct.
   */
  regions: readonly string[];
  /**
   * Servers per region.
   * @default 3
   */
  size?: number;
  /**
   * Put a relay in front of every gateway port, so that {@link NatsSuperCluster.cutLinks} can
   * cut the regions apart (a network partition) and {@link NatsSuperCluster.mendLinks} join them.
   * @default false
   */
  cuttableLinks?: boolean;
  /**
   * Milliseconds to wait for the whole super cluster to be ready.
   * @default 60000
   */
  timeout?: number;
}

/** One JetStream-enabled {@link NatsCluster} per region, joined by NATS gateways. */
export class NatsSuperCluster implements AsyncDisposable {
  /** The region names, in the order given to `start()`. */
  readonly regions: readonly string[];
  readonly #clusters: ReadonlyMap<string, NatsCluster>;
  readonly #links: readonly LinkProxy[];

  private constructor(clusters: ReadonlyMap<string, NatsCluster>, links: readonly LinkProxy[]) {
    this.#clusters = clusters;
    this.#links = links;
    this.regions = [...clusters.keys()];
  }

  /**
   * Cuts every gateway link between the regions (started with `cuttableLinks`): each region's
   * servers keep serving their own clients and streams, and reach no other region.
   * @throws Error without `cuttableLinks`
   */
  cutLinks(): void {
    if (this.#links.length === 0) throw new Error('the super cluster was started without cuttableLinks');
    for (const link of this.#links) link.cut();
  }

  /** Lets the gateway links up again after {@link cutLinks} (the servers redial by themselves). */
  mendLinks(): void {
    for (const link of this.#links) link.mend();
  }

  /**
   * Starts every region's servers at once on free ports, each with a gateway to every other
   * region, and waits until each region can create an R`size` stream in its own cluster (the
   * meta group needs a majority of all servers, so the regions form together) and a request
   * from each server of every region reaches a responder in every other region.
   * @throws Error if a region name is invalid or repeated, a server exits, or the super cluster
   *   is not ready in time; the message carries server log tails. Started servers are disposed first.
   */
  static async start(options: NatsSuperClusterOptions): Promise<NatsSuperCluster> {
    const { regions, size = 3, timeout = 60_000, cuttableLinks = false } = options;
    if (regions.length === 0) throw new Error('a super cluster needs at least one region');
    for (const region of regions) {
      if (!REGION_NAME.test(region)) throw new Error(`invalid region name ${JSON.stringify(region)}`);
    }
    if (new Set(regions).size !== regions.length) throw new Error(`repeated region in ${regions.join(', ')}`);
    const deadline = Date.now() + timeout;
    const gatewayPorts = await freePorts(regions.length * size);
    const portsOf = (k: number): number[] => gatewayPorts.slice(k * size, (k + 1) * size);
    const links = cuttableLinks ? await Promise.all(gatewayPorts.map((port) => LinkProxy.start(port))) : [];
    // What the other regions dial: the relay in front of each gateway port, when there is one.
    const dialedOf = (k: number): number[] =>
      links.length === 0 ? portsOf(k) : links.slice(k * size, (k + 1) * size).map((link) => link.port);
    // No region can be ready without a majority of all servers: when one fails to start, the
    // others are told to give up at once rather than wait out the timeout.
    const controller = new AbortController();
    let failure: { error: unknown } | undefined;
    const started = await Promise.allSettled(
      regions.map((region, k) =>
        NatsCluster.start({
          name: region,
          size,
          timeout,
          signal: controller.signal,
          gateway: {
            ports: portsOf(k),
            ...(links.length === 0 ? {} : { advertisePorts: dialedOf(k) }),
            gateways: regions.flatMap((other, j) => (j === k ? [] : [{ name: other, ports: dialedOf(j) }])),
          },
        }).catch((error: unknown) => {
          // Keep the first error: the others are only "aborted".
          if (failure === undefined) {
            failure = { error };
            controller.abort();
          }
          throw error;
        }),
      ),
    );
    const clusters = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    if (failure !== undefined) {
      await Promise.all([...clusters, ...links].map((c) => c[Symbol.asyncDispose]()));
      throw failure.error;
    }
    const superCluster = new NatsSuperCluster(new Map(clusters.map((c) => [c.name, c])), links);
    try {
      await superCluster.#waitGateways(deadline - Date.now());
    } catch (error) {
      await superCluster[Symbol.asyncDispose]();
      throw error;
    }
    return superCluster;
  }

  /**
   * The cluster of `region`.
   * @throws Error if there is no such region.
   */
  cluster(region: string): NatsCluster {
    const cluster = this.#clusters.get(region);
    if (cluster === undefined) throw new Error(`no region ${JSON.stringify(region)} in ${this.regions.join(', ')}`);
    return cluster;
  }

  /**
   * Client URLs of the servers of `region`, comma-joined.
   * @throws Error if there is no such region.
   */
  url(region: string): string {
    return this.cluster(region).url;
  }

  /** Stops every server of every region and removes their temp dirs. */
  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all([...this.#clusters.values()].map((c) => c[Symbol.asyncDispose]()));
    await Promise.all(this.#links.map((link) => link[Symbol.asyncDispose]()));
  }

  /**
   * Waits until a request from each server reaches a responder in every other region. Each
   * server dials its own outbound gateway connection to each other region, which may come up
   * after the JetStream meta group formed (it also travels over routes), so every server is tried.
   */
  async #waitGateways(timeout: number): Promise<void> {
    const servers = [...this.#clusters.values()].flatMap((c) => c.servers);
    const options = {
      timeout,
      abort: Promise.race(servers.map((s) => s.exited)),
      details: () => servers.map((s) => s.logTail(10)).join('\n\n'),
    };
    await Promise.all(
      this.regions.map((to) => {
        const subject = `redoubt.ready.gateway.${to}`;
        return withConnection(this.cluster(to).servers[0]!.url, undefined, async (responder) => {
          responder.subscribe(subject, {
            callback: (_, msg) => void msg.respond(),
          });
          await responder.flush();
          await Promise.all(
            this.regions
              .filter((from) => from !== to)
              .flatMap((from) =>
                this.cluster(from).servers.map((server) =>
                  retry(
                    `gateway ${server.url} (${from}) → ${to}`,
                    () => withConnection(server.url, undefined, (nc) => nc.request(subject, '', { timeout: 1_000 })),
                    options,
                  ),
                ),
              ),
          );
        });
      }),
    );
  }
}
