/**
 * Brings up the registry of a local cluster the way an operator does: `redoubt init --nats` makes
 * the vault in the NATS cluster (unsealed by a key file), `redoubt registry` runs registry nodes,
 * and `redoubt cert issue` gives each shard node its certificate from the internal CA. Used by
 * tests, benchmarks and the simulator; every process stops with its owner.
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { redoubtBin } from './package-root.js';
import { RedoubtNode } from './redoubt-node.js';

export interface RegistryOptions {
  readonly natsUrl: string;
  /** Where the key file, the registry nodes' data and the issued certificates go. */
  readonly dir: string;
  /** @default 1 */
  readonly replicas?: number;
  /** @default ['r1'] */
  readonly nodeIds?: readonly string[];
  readonly extraArgs?: readonly string[];
}

export class LocalRegistry implements AsyncDisposable {
  readonly nodes = new Map<string, RedoubtNode>();
  readonly keyFile: string;
  readonly #options: RegistryOptions;

  private constructor(options: RegistryOptions) {
    this.#options = options;
    this.keyFile = join(options.dir, 'registry-master.key');
  }

  /** Makes the vault (once per NATS cluster) and starts the registry nodes. */
  static async start(options: RegistryOptions): Promise<LocalRegistry> {
    const registry = new LocalRegistry(options);
    await mkdir(options.dir, { recursive: true });
    await runRedoubt([
      'init',
      '--nats',
      options.natsUrl,
      '--replicas',
      String(options.replicas ?? 1),
      '--key-file',
      registry.keyFile,
    ]);
    for (const nodeId of options.nodeIds ?? ['r1']) await registry.startNode(nodeId);
    return registry;
  }

  dataDir(nodeId: string): string {
    return join(this.#options.dir, `registry-${nodeId}`);
  }

  /** @param extraArgs - more options for this node only (e.g. `--sealed`) */
  async startNode(nodeId: string, extraArgs: readonly string[] = []): Promise<RedoubtNode> {
    const node = await RedoubtNode.start({
      role: 'registry',
      nodeId,
      natsUrl: this.#options.natsUrl,
      dataDir: this.dataDir(nodeId),
      keyFile: this.keyFile,
      replicas: this.#options.replicas ?? 1,
      extraArgs: [...(this.#options.extraArgs ?? []), ...extraArgs],
    });
    this.nodes.set(nodeId, node);
    return node;
  }

  /** A running registry node (the first one still up), whose admin socket operator commands use. */
  get adminDataDir(): string {
    const [nodeId] = [...this.nodes].find(([, node]) => node.running) ?? [];
    if (nodeId === undefined) throw new Error('no registry node is running');
    return this.dataDir(nodeId);
  }

  /**
   * Issues a node certificate (CN = nodeId, IP 127.0.0.1) into `<dir>/certs/<nodeId>`.
   * @returns the directory, for `redoubt node --cert-dir`
   */
  async issueCertificate(nodeId: string, extraArgs: readonly string[] = []): Promise<string> {
    const out = join(this.#options.dir, 'certs', nodeId);
    await runRedoubt([
      'cert',
      'issue',
      '--data',
      this.adminDataDir,
      '--name',
      nodeId,
      '--ip',
      '127.0.0.1',
      '--out',
      out,
      ...extraArgs,
    ]);
    return out;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all([...this.nodes.values()].map((node) => node[Symbol.asyncDispose]()));
  }
}

/** Runs one `redoubt` command to its end. @throws Error with its output when it fails */
export function runRedoubt(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [redoubtBin(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject);
    child.once('close', (status) =>
      status === 0
        ? resolve(output)
        : reject(new Error(`redoubt ${args.slice(0, 2).join(' ')} failed (${status}):\n${output}`)),
    );
  });
}
