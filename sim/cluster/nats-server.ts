/**
 * Real nats-server processes for integration tests, after nats.js's
 * `nst/src/launcher.ts`: free ports, a temp dir per server, readiness by a
 * real signal (a client connects, a JetStream API call or an R-n stream
 * create succeeds), and cleanup through `await using`.
 *
 * @example
 * ```ts
 * await using cluster = await NatsCluster.start({ size: 3 });
 * const nc = await connect({ servers: cluster.urls });
 * ```
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection, NodeConnectionOptions } from '@nats-io/transport-node';
import { JetStreamApiError, jetstreamManager, StorageType } from '@nats-io/jetstream';
import { freePort, freePorts } from './free-port.js';

/** The nats-server binary: `$NATS_SERVER_BIN`, else `nats-server` on the PATH. */
const NATS_SERVER_BIN = process.env['NATS_SERVER_BIN'] ?? 'nats-server';
/** JetStream's error code for a stream name in use with another configuration. */
const STREAM_NAME_IN_USE = 10058;
/** How many lines of server output are kept for error messages. */
const LOG_LINES = 200;
/** How long `stop()` waits after SIGTERM before it sends SIGKILL. */
const STOP_GRACE_MS = 5_000;

// Every running child and every temp dir not yet disposed, so that a test
// that throws (or forgets to dispose) leaves nothing behind when the test
// process exits.
const running = new Set<ChildProcess>();
const dirs = new Set<string>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
// The exit hook does not run when the test process dies by a signal (tap
// times a file out with SIGALRM, then SIGKILL). On Linux, `setpriv
// --pdeathsig` makes the kernel SIGKILL the server when its parent dies; it
// execs nats-server, so the pid is the server's own.
const SETPRIV = process.platform === 'linux' && existsSync('/usr/bin/setpriv');

/** Client TLS options, as nats.js `connect({ tls })` takes them. */
export type ClientTlsOptions = NonNullable<NodeConnectionOptions['tls']>;

/** TLS of a {@link NatsServer}'s client port (nats-server's `tls {}` block). */
export interface NatsServerTlsOptions {
  /** PEM file of the server's certificate (serverAuth, with `127.0.0.1` as an IP name). */
  readonly certFile: string;
  /** PEM file of the server's private key. */
  readonly keyFile: string;
  /** PEM file of the CAs that clients' certificates must chain to. */
  readonly caFile: string;
  /**
   * Require a client certificate from every client and verify it against `caFile` (mutual TLS):
   * a client without one cannot connect.
   * @default true
   */
  readonly verify?: boolean;
  /**
   * TLS options of the readiness probe's own connection (with `verify`, a client certificate);
   * a function is called for each probe, so a renewed certificate is used after a restart.
   * @default { caFile }
   */
  readonly client?: ClientTlsOptions | (() => ClientTlsOptions);
  /**
   * TLS handshake timeout, in seconds.
   * @default 2
   */
  readonly timeout?: number;
}

/** Options of {@link NatsServer.start}. */
export interface NatsServerOptions {
  /**
   * Serve clients over TLS only, with these files; reload them with `signal('SIGHUP')`.
   * @default no TLS
   */
  tls?: NatsServerTlsOptions;
  /**
   * Enable JetStream, storing under {@link NatsServer.storeDir}.
   * @default true
   */
  jetstream?: boolean;
  /**
   * Extra config text appended to the generated config (nats-server config
   * syntax), e.g. `server_name` and a `cluster {}` block.
   * @default ""
   */
  config?: string;
  /**
   * Client port on 127.0.0.1.
   * @default a free port
   */
  port?: number;
  /**
   * What `start()` and `restart()` wait for: `"clients"`, a client connects;
   * `"jetstream"`, a JetStream account-info request also succeeds. A cluster
   * member uses `"clients"`: its JetStream answers only once the cluster has
   * elected a meta-leader, which {@link NatsCluster.start} waits for.
   * @default "jetstream" if JetStream is enabled, else "clients"
   */
  waitFor?: 'clients' | 'jetstream';
  /**
   * Milliseconds to wait for readiness.
   * @default 20000
   */
  timeout?: number;
}

/** One nats-server process on 127.0.0.1 with its own temp dir. */
export class NatsServer implements AsyncDisposable {
  /** Client URL, `nats://127.0.0.1:PORT`. */
  readonly url: string;
  /** Client port. */
  readonly port: number;
  /** Temp dir holding `nats.conf` and the JetStream store; removed on dispose. */
  readonly dir: string;
  /** JetStream `store_dir` (nats-server writes under `<storeDir>/jetstream`). */
  readonly storeDir: string;
  readonly #waitFor: 'clients' | 'jetstream';
  readonly #timeout: number;
  readonly #log: string[] = [];
  readonly #tls: NatsServerTlsOptions | undefined;
  #child: ChildProcess | undefined;
  #ready = false;
  #pendingReload = false;
  #exited: Promise<void> = Promise.resolve();

  private constructor(port: number, dir: string, options: NatsServerOptions) {
    this.port = port;
    this.url = `nats://127.0.0.1:${port}`;
    this.dir = dir;
    this.storeDir = join(dir, 'store');
    this.#waitFor = options.waitFor ?? (options.jetstream === false ? 'clients' : 'jetstream');
    this.#timeout = options.timeout ?? 20_000;
    this.#tls = options.tls;
  }

  /**
   * Writes a config into a new temp dir (prefix `redoubt-nats-`), starts
   * nats-server on it and waits until it is ready (see
   * {@link NatsServerOptions.waitFor}).
   * @throws Error if the server exits or is not ready in time; the message
   *   carries the tail of its log. The temp dir is removed first.
   */
  static async start(options: NatsServerOptions = {}): Promise<NatsServer> {
    const port = options.port ?? (await freePort());
    const dir = await mkdtemp(join(tmpdir(), 'redoubt-nats-'));
    dirs.add(dir);
    const server = new NatsServer(port, dir, options);
    const config = [`listen: 127.0.0.1:${port}`];
    if (options.jetstream !== false) {
      config.push(`jetstream { store_dir: ${JSON.stringify(server.storeDir)}, max_mem: 64MB, max_file: 1GB }`);
    }
    if (options.tls !== undefined) {
      const { certFile, keyFile, caFile, verify = true, timeout = 2 } = options.tls;
      config.push(
        'tls {',
        `  cert_file: ${JSON.stringify(certFile)}`,
        `  key_file: ${JSON.stringify(keyFile)}`,
        `  ca_file: ${JSON.stringify(caFile)}`,
        `  verify: ${verify}`,
        `  timeout: ${timeout}`,
        '}',
      );
    }
    if (options.config) config.push(options.config);
    await writeFile(server.configFile, config.join('\n') + '\n');
    try {
      await server.#launch();
    } catch (error) {
      await server[Symbol.asyncDispose]();
      throw error;
    }
    return server;
  }

  /** Path of the generated config file. */
  get configFile(): string {
    return join(this.dir, 'nats.conf');
  }

  /** Process id of the current server process (changes on restart). */
  get pid(): number {
    const pid = this.#child?.pid;
    if (pid === undefined) throw new Error(`nats-server ${this.url} was never started`);
    return pid;
  }

  /** Whether the server process is still alive. */
  get running(): boolean {
    return this.#child !== undefined && running.has(this.#child);
  }

  /** Settles when the current server process exits (at once if none runs). */
  get exited(): Promise<void> {
    return this.#exited;
  }

  /** The last lines (up to 200) the server printed, across restarts. */
  get log(): readonly string[] {
    return this.#log;
  }

  /** The last `lines` lines of {@link NatsServer.log}, headed by the URL and config path. */
  logTail(lines = 30): string {
    return `last lines of nats-server ${this.url} (${this.configFile}):\n${this.#log.slice(-lines).join('\n')}`;
  }

  /** Stops with SIGTERM, then SIGKILL if still alive after 5 s. Idempotent. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.#child!.ref();
    this.#child!.kill('SIGTERM');
    const timer = setTimeout(() => this.#child?.kill('SIGKILL'), STOP_GRACE_MS);
    await this.#exited;
    clearTimeout(timer);
  }

  /** Kills the process with SIGKILL at once (a crash) and waits for its exit. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.#child!.ref();
    this.#child!.kill('SIGKILL');
    await this.#exited;
  }

  /**
   * Sends a signal, e.g. `SIGHUP` (reload config) or `SIGUSR2` (lame duck). A `SIGHUP` while the
   * server is (re)starting is held until it is ready: nats-server dies of a SIGHUP that comes
   * before it handles signals, and the reload must still happen for files changed meanwhile.
   * @returns whether the signal was delivered (or, for a held SIGHUP, will be).
   */
  signal(signal: NodeJS.Signals): boolean {
    if (!this.running) return false;
    if (signal === 'SIGHUP' && !this.#ready) return (this.#pendingReload = true);
    return this.#child!.kill(signal);
  }

  /**
   * Stops the server (if running) and starts it again on the same port,
   * config and store, waiting for the same readiness as `start()`.
   * @throws Error as {@link NatsServer.start}.
   */
  async restart(): Promise<void> {
    await this.stop();
    this.#record(`--- redoubt: restarting ${this.url} ---`);
    await this.#launch();
  }

  /** Stops the server and removes its temp dir. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
    dirs.delete(this.dir);
  }

  async #launch(): Promise<void> {
    this.#ready = false;
    const args = ['-c', this.configFile];
    const child = SETPRIV
      ? spawn('/usr/bin/setpriv', ['--pdeathsig', 'SIGKILL', '--', NATS_SERVER_BIN, ...args])
      : spawn(NATS_SERVER_BIN, args);
    this.#child = child;
    running.add(child);
    this.#exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        running.delete(child);
        this.#record(`--- redoubt: nats-server exited (code ${code}, signal ${signal}) ---`);
        resolve();
      });
      // A spawn failure (binary missing) emits "error" and maybe no "exit".
      child.once('error', (error) => {
        running.delete(child);
        this.#record(`--- redoubt: cannot run ${NATS_SERVER_BIN}: ${error.message} ---`);
        resolve();
      });
    });
    // A server a failed test never disposed must not keep the test process
    // alive until tap's timeout: unref it, and let the exit hook kill it.
    // stop() and kill() ref it again while they wait for the exit.
    child.unref();
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      (stream as Socket).unref();
      createInterface({ input: stream }).on('line', (line) => this.#record(line));
    }
    const jetstream = this.#waitFor === 'jetstream';
    await retry(
      `nats-server ${this.url} ready${jetstream ? ' with JetStream' : ''}`,
      () =>
        withConnection(this.url, this.#probeTls(), async (nc) => {
          if (!jetstream) return;
          const jsm = await jetstreamManager(nc, {
            timeout: 1_000,
            checkAPI: false,
          });
          await jsm.getAccountInfo();
        }),
      {
        timeout: this.#timeout,
        abort: this.#exited,
        details: () => this.logTail(),
      },
    );
    this.#ready = true;
    if (this.#pendingReload) {
      this.#pendingReload = false;
      child.kill('SIGHUP');
    }
  }

  /** The TLS options of a readiness probe: none without TLS. */
  #probeTls(): ClientTlsOptions | undefined {
    const tls = this.#tls;
    if (tls === undefined) return undefined;
    if (tls.client === undefined) return { caFile: tls.caFile };
    return typeof tls.client === 'function' ? tls.client() : tls.client;
  }

  #record(line: string): void {
    this.#log.push(line);
    if (this.#log.length > LOG_LINES) this.#log.shift();
  }
}

/** Another cluster that a {@link NatsGatewayOptions gateway} connects to. */
export interface NatsGatewayRemote {
  /** Its cluster name, which is also its gateway name. */
  readonly name: string;
  /** The gateway ports of its servers on 127.0.0.1. */
  readonly ports: readonly number[];
}

/**
 * Joins a {@link NatsCluster} to other clusters by NATS gateways, into a super cluster whose
 * JetStream is one meta group over all servers (nats-server's `gateway {}` block; the gateway
 * name is the cluster name).
 */
export interface NatsGatewayOptions {
  /** Gateway port of each member on 127.0.0.1: `ports[i]` for `servers[i]`, one per server. */
  readonly ports: readonly number[];
  /**
   * The port each member tells the other clusters to dial instead (a relay in front of its own).
   * @default its own gateway port
   */
  readonly advertisePorts?: readonly number[];
  /** The other clusters of the super cluster. */
  readonly gateways: readonly NatsGatewayRemote[];
}

/** Options of {@link NatsCluster.start}. */
export interface NatsClusterOptions {
  /**
   * Number of servers.
   * @default 3
   */
  size?: number;
  /**
   * Cluster name, also the prefix of each `server_name` and, with `gateway`, the gateway name.
   * @default `redoubt-<pid>-<random>`
   */
  name?: string;
  /**
   * Join other clusters by gateways. Readiness then needs a majority of the servers of the whole
   * super cluster, so start its clusters concurrently (as `NatsSuperCluster` does).
   * @default no gateway
   */
  gateway?: NatsGatewayOptions;
  /**
   * Abandons the start when aborted: the readiness wait ends with an error and the started
   * servers are disposed (e.g. when another cluster of a super cluster failed to start).
   * @default never
   */
  signal?: AbortSignal;
  /**
   * Enable clustered JetStream on every server.
   * @default true
   */
  jetstream?: boolean;
  /**
   * Extra config text appended to every server's config.
   * @default ""
   */
  config?: string;
  /**
   * Milliseconds to wait for the whole cluster to be ready.
   * @default 30000
   */
  timeout?: number;
}

/** A full mesh of nats-servers on 127.0.0.1, each a {@link NatsServer}. */
export class NatsCluster implements AsyncDisposable {
  /** The members, in start order; `servers[i]` is named `<name>-<i>`. */
  readonly servers: NatsServer[];
  /** Cluster name, also the prefix of each `server_name`. */
  readonly name: string;

  private constructor(name: string, servers: NatsServer[]) {
    this.name = name;
    this.servers = servers;
  }

  /**
   * Starts `size` routed servers on free ports and waits until each accepts
   * clients and the cluster is formed: with JetStream, until a file stream
   * with `num_replicas: size` can be created (so the meta-leader is elected
   * and every server takes part); without, until a request from each server
   * reaches a responder on the first.
   * @throws Error if `gateway.ports` does not have `size` entries, or if a
   *   server exits, `signal` aborts or the cluster is not ready in time; the
   *   message carries the servers' log tails. Started servers are disposed first.
   */
  static async start(options: NatsClusterOptions = {}): Promise<NatsCluster> {
    const size = options.size ?? 3;
    const jetstream = options.jetstream ?? true;
    const timeout = options.timeout ?? 30_000;
    const deadline = Date.now() + timeout;
    const name = options.name ?? `redoubt-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const gateway = options.gateway;
    if (gateway !== undefined && gateway.ports.length !== size) {
      throw new Error(`cluster ${name}: ${gateway.ports.length} gateway ports for ${size} servers`);
    }
    const ports = await freePorts(2 * size);
    const clientPorts = ports.slice(0, size);
    const routePorts = ports.slice(size);
    const started = await Promise.allSettled(
      clientPorts.map((port, i) =>
        NatsServer.start({
          port,
          jetstream,
          waitFor: 'clients',
          timeout,
          config: [
            `server_name: ${name}-${i}`,
            'cluster {',
            `  name: ${name}`,
            `  listen: 127.0.0.1:${routePorts[i]}`,
            // A server bootstraps the JetStream meta group expecting `routes + remote gateway
            // URLs` peers. In a super cluster that must be every server, so that no cluster
            // short of a majority can elect a meta-leader of its own before the gateways are up:
            // there the route to itself is listed too (nats-server drops it as a duplicate route). Alone, the
            // cluster keeps its routes to the others only.
            `  routes: [${routePorts
              .filter((_, j) => gateway !== undefined || j !== i)
              .map((p) => `nats-route://127.0.0.1:${p}`)
              .join(', ')}]`,
            '}',
            ...(gateway === undefined
              ? []
              : gatewayConfig(name, gateway.ports[i]!, gateway.advertisePorts?.[i], gateway.gateways)),
            options.config ?? '',
          ].join('\n'),
        }),
      ),
    );
    const servers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const cluster = new NatsCluster(name, servers);
    try {
      const failed = started.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      await cluster.#waitFormed(jetstream, deadline - Date.now(), options.signal);
    } catch (error) {
      await cluster[Symbol.asyncDispose]();
      throw error;
    }
    return cluster;
  }

  /** Client URLs of all members. */
  get urls(): string[] {
    return this.servers.map((s) => s.url);
  }

  /** Client URLs of all members, comma-joined. */
  get url(): string {
    return this.urls.join(',');
  }

  /** Stops every member (see {@link NatsServer.stop}); the dirs stay. */
  async stop(): Promise<void> {
    await Promise.all(this.servers.map((s) => s.stop()));
  }

  /** Stops every member and removes their temp dirs. */
  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all(this.servers.map((s) => s[Symbol.asyncDispose]()));
  }

  async #waitFormed(jetstream: boolean, timeout: number, signal: AbortSignal | undefined): Promise<void> {
    const options = {
      timeout,
      // Any member exiting, or the caller giving up, ends the wait at once.
      abort: Promise.race([...this.servers.map((s) => s.exited), ...(signal ? [aborted(signal)] : [])]),
      details: () => this.servers.map((s) => s.logTail(10)).join('\n\n'),
    };
    if (jetstream) {
      // The same name on every attempt: a create that timed out but did
      // happen is then answered by the next identical create.
      const stream = `redoubt_ready_${this.name.replaceAll('-', '_')}`;
      await retry(
        `JetStream cluster ${this.name} ready for R${this.servers.length} streams`,
        () =>
          withConnection(this.urls, undefined, async (nc) => {
            // Before a meta-leader is elected, JetStream API requests go
            // unanswered (no error), so probe with a short timeout first...
            const probe = await jetstreamManager(nc, {
              timeout: 500,
              checkAPI: false,
            });
            await probe.getAccountInfo();
            // ...then give the create time to elect the stream's own leader.
            const jsm = await jetstreamManager(nc, {
              timeout: 5_000,
              checkAPI: false,
            });
            try {
              await jsm.streams.add({
                name: stream,
                subjects: [`redoubt.ready.${this.name}`],
                storage: StorageType.File,
                num_replicas: this.servers.length,
                // In a super cluster a stream goes to the cluster of the client's server; name it.
                placement: { cluster: this.name, tags: [] },
              });
            } catch (error) {
              // An earlier create timed out here but happened there, and the server answers the
              // same create "in use with a different configuration" (it stored its defaults):
              // the stream is made, so its leader answering is what this waits for.
              if (!(error instanceof JetStreamApiError && error.code === STREAM_NAME_IN_USE)) throw error;
              await jsm.streams.info(stream);
            }
            await jsm.streams.delete(stream);
          }),
        options,
      );
      return;
    }
    // Routes carry subscription interest: a request from each member reaches
    // a responder on the first one only once that route is up.
    const subject = `redoubt.ready.${this.name}`;
    await withConnection(this.servers[0]!.url, undefined, async (responder) => {
      responder.subscribe(subject, {
        callback: (_, msg) => void msg.respond(),
      });
      await responder.flush();
      for (const server of this.servers.slice(1)) {
        await retry(
          `route ${server.url} → ${responder.getServer()}`,
          () => withConnection(server.url, undefined, (nc) => nc.request(subject, '', { timeout: 1_000 })),
          options,
        );
      }
    });
  }
}

/** Options of {@link retry}. */
export interface RetryOptions {
  /**
   * Milliseconds before giving up.
   * @default 10000
   */
  timeout?: number;
  /**
   * Ends the wait early (with an error) when it settles, e.g. a server's
   * exit: no point waiting for a dead server to become ready.
   * @default never
   */
  abort?: Promise<unknown>;
  /**
   * Text appended to the error, e.g. server logs.
   * @default none
   */
  details?: () => string;
}

/**
 * Calls `attempt` until it resolves, with backoff from 25 ms up to 500 ms,
 * for tests waiting on a real condition (a leader elected, a route up).
 * @throws Error naming `what`, with the last attempt's error as `cause`,
 *   when `timeout` passes or `abort` settles first.
 */
export async function retry<T>(what: string, attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const timeout = options.timeout ?? 10_000;
  const deadline = Date.now() + timeout;
  let aborted = false;
  void options.abort?.then(
    () => (aborted = true),
    () => (aborted = true),
  );
  let lastError: unknown;
  for (let backoff = 25; ; backoff = Math.min(backoff * 2, 500)) {
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
    }
    if (aborted || Date.now() + backoff > deadline) {
      const why = aborted ? 'aborted' : `not done within ${timeout} ms`;
      const last = lastError instanceof Error ? lastError.message : String(lastError);
      const details = options.details ? `\n${options.details()}` : '';
      throw new Error(`${what}: ${why}; last error: ${last}${details}`, {
        cause: lastError,
      });
    }
    await (options.abort ? Promise.race([delay(backoff), options.abort]) : delay(backoff));
  }
}

/** The `gateway {}` block of one member of cluster `name`. */
function gatewayConfig(
  name: string,
  port: number,
  advertisePort: number | undefined,
  gateways: readonly NatsGatewayRemote[],
): string[] {
  return [
    'gateway {',
    `  name: ${name}`,
    `  listen: 127.0.0.1:${port}`,
    ...(advertisePort === undefined ? [] : [`  advertise: 127.0.0.1:${advertisePort}`]),
    '  gateways: [',
    ...gateways.map(
      (g) => `    { name: ${g.name}, urls: [${g.ports.map((p) => `nats://127.0.0.1:${p}`).join(', ')}] }`,
    ),
    '  ]',
    '}',
  ];
}

/** Settles when `signal` is aborted (at once if it already is). */
function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

/** Connects (no reconnects), runs `fn`, and always closes the connection. */
export async function withConnection<T>(
  servers: string | string[],
  tls: ClientTlsOptions | undefined,
  fn: (nc: NatsConnection) => Promise<T>,
): Promise<T> {
  const nc = await connect({ servers, timeout: 1_000, reconnect: false, ...(tls === undefined ? {} : { tls }) });
  try {
    return await fn(nc);
  } finally {
    await nc.close();
  }
}
