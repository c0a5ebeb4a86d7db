/**
 * Runs `redoubt node` as a real child process on loopback, ready when it logs "node ready";
 * kill -9, SIGSTOP/SIGCONT and SIGTERM are the caller's to send (tests, benchmarks, the
 * simulator). A node never outlives the process that started it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { redoubtBin } from './package-root.js';

const BIN = redoubtBin();
// setpriv --pdeathsig makes the kernel kill the node if the test process dies by a signal.
const SETPRIV = process.platform === 'linux' && existsSync('/usr/bin/setpriv');
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface RedoubtNodeOptions {
  /**
   * `node` (a shard node: needs certDir), `registry` (a registry node: needs keyFile), `gateway`
   * (needs certDir), or `standalone` (`redoubt start`, the embedded default: needs keyFile, no NATS).
   * @default "node"
   */
  readonly role?: 'node' | 'registry' | 'gateway' | 'standalone';
  readonly nodeId: string;
  /** The NATS servers (every role but `standalone`). */
  readonly natsUrl?: string;
  readonly dataDir: string;
  /** The key file that unseals the registry's vault (registry nodes). */
  readonly keyFile?: string;
  /** The node's certificate directory from `redoubt cert issue` (shard nodes). */
  readonly certDir?: string;
  /** @default "test" (shard nodes; registry nodes are in the registry group) */
  readonly region?: string;
  readonly shards?: number;
  readonly replicas?: number;
  readonly extraArgs?: readonly string[];
  /** Extra environment of the process (e.g. a fault injection switch). @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** The gateway's gRPC port (gateway nodes); a fixed port keeps the address across restarts. @default 0 (any free port) */
  readonly grpcPort?: number;
  /** @default 30000 */
  readonly readyTimeoutMs?: number;
}

export class RedoubtNode implements AsyncDisposable {
  readonly nodeId: string;
  readonly #child: ChildProcess;
  readonly #lines: string[] = [];
  readonly exited: Promise<number | null>;
  httpPort = 0;
  /** The gRPC gateway's port (gateway nodes). */
  grpcPort = 0;

  private constructor(nodeId: string, child: ChildProcess) {
    this.nodeId = nodeId;
    this.#child = child;
    running.add(child);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code) => {
        running.delete(child);
        resolve(code);
      }),
    );
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.#lines.push(line);
        if (this.#lines.length > 2000) this.#lines.shift();
      });
    }
  }

  static async start(options: RedoubtNodeOptions): Promise<RedoubtNode> {
    const role = options.role ?? 'node';
    const placed = (): string[] => [
      ...['--cert-dir', required(options.certDir, 'certDir')],
      ...['--region', options.region ?? 'test'],
    ];
    const roleArgs =
      role === 'standalone'
        ? ['--key-file', required(options.keyFile, 'keyFile'), '--grpc-port', String(options.grpcPort ?? 0)]
        : role === 'registry'
          ? ['--key-file', required(options.keyFile, 'keyFile')]
          : role === 'gateway'
            ? [...placed(), '--grpc-port', String(options.grpcPort ?? 0)]
            : [...placed(), '--shards', String(options.shards ?? 32)];
    const args = [
      BIN,
      role === 'standalone' ? 'start' : role,
      '--node-id',
      options.nodeId,
      ...(role === 'standalone'
        ? []
        : ['--nats', required(options.natsUrl, 'natsUrl'), '--replicas', String(options.replicas ?? 1)]),
      '--data',
      options.dataDir,
      ...roleArgs,
      '--http-port',
      '0',
      ...(options.extraArgs ?? []),
    ];
    const [command, argv] = SETPRIV
      ? ['/usr/bin/setpriv', ['--pdeathsig', 'SIGKILL', process.execPath, ...args]]
      : [process.execPath, args];
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const node = new RedoubtNode(options.nodeId, child);
    const ready = await node.waitForLog(/"msg":"node ready"/, options.readyTimeoutMs ?? 30_000);
    const announced = JSON.parse(ready) as { httpPort: number; grpcPort?: number };
    node.httpPort = announced.httpPort;
    node.grpcPort = announced.grpcPort ?? 0;
    return node;
  }

  /** Whether the process is still alive. */
  get running(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }

  get pid(): number {
    return this.#child.pid ?? -1;
  }

  /** Every log line so far. */
  get logs(): readonly string[] {
    return this.#lines;
  }

  /** Resolves with the first log line (past or future) that matches. */
  async waitForLog(pattern: RegExp, timeoutMs: number): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const line = this.#lines.find((l) => pattern.test(l));
      if (line !== undefined) return line;
      if (this.#child.exitCode !== null)
        throw new Error(`${this.nodeId} exited (${this.#child.exitCode}):\n${this.tail()}`);
      if (Date.now() > until)
        throw new Error(`${this.nodeId}: no log line matching ${pattern} within ${timeoutMs} ms:\n${this.tail()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  tail(lines = 30): string {
    return this.#lines.slice(-lines).join('\n');
  }

  signal(signal: NodeJS.Signals): void {
    this.#child.kill(signal);
  }

  /** Prometheus text from the node's /metrics. */
  async metrics(): Promise<string> {
    return (await fetch(`http://127.0.0.1:${this.httpPort}/metrics`)).text();
  }

  async health(): Promise<Record<string, unknown>> {
    return (await (await fetch(`http://127.0.0.1:${this.httpPort}/healthz`)).json()) as Record<string, unknown>;
  }

  /** SIGTERM (graceful handoff), SIGKILL if it has not exited within the timeout. */
  async stop(timeoutMs = 20_000): Promise<number | null> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return this.#child.exitCode;
    this.#child.kill('SIGCONT');
    this.#child.kill('SIGTERM');
    const timer = setTimeout(() => this.#child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) {
      this.#child.kill('SIGCONT');
      this.#child.kill('SIGKILL');
      await this.exited;
    }
  }
}

function required(value: string | undefined, name: string): string {
  if (value === undefined) throw new TypeError(`RedoubtNode.start: ${name} is required for this role`);
  return value;
}
