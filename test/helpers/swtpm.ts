/**
 * A software TPM 2.0 (swtpm) on loopback, in its own temp state directory, for tests of the TPM
 * unseal provider. Ready once tpm2-tools can draw random bytes from it.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createServer } from 'node:net';
import { freePort, retry } from '../../sim/cluster/index.js';

const run = promisify(execFile);

export class SoftwareTpm implements AsyncDisposable {
  private constructor(
    private readonly process: ChildProcess,
    readonly stateDir: string,
    /** The TCTI string tpm2-tools use to reach this TPM. */
    readonly tcti: string,
  ) {}

  /** Starts swtpm with a fresh (or the given) state directory and waits until it answers. */
  static async start(stateDir?: string): Promise<SoftwareTpm> {
    const dir = stateDir ?? (await mkdtemp(join(tmpdir(), 'redoubt-swtpm-')));
    // The swtpm TCTI of tpm2-tools always finds the control channel at port + 1.
    const port = await freeAdjacentPorts();
    const ctrl = port + 1;
    const child = spawn(
      'swtpm',
      [
        'socket',
        '--tpm2',
        '--tpmstate',
        `dir=${dir}`,
        '--server',
        `type=tcp,port=${port},bindaddr=127.0.0.1`,
        '--ctrl',
        `type=tcp,port=${ctrl},bindaddr=127.0.0.1`,
        '--flags',
        'not-need-init,startup-clear',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const tcti = `swtpm:host=127.0.0.1,port=${port}`;
    const tpm = new SoftwareTpm(child, dir, tcti);
    try {
      await retry(
        'swtpm ready',
        () => run('tpm2_getrandom', ['8', '--hex'], { env: { ...process.env, TPM2TOOLS_TCTI: tcti } }),
        { timeout: 10_000, details: () => stderr },
      );
    } catch (error) {
      await tpm.stop();
      throw error;
    }
    return tpm;
  }

  /** Stops swtpm; the state directory stays (a restart with it keeps the same TPM). */
  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill('SIGTERM');
    await exited;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
    await rm(this.stateDir, { recursive: true, force: true });
  }
}

/** A port P on 127.0.0.1 such that P and P + 1 were both free a moment ago. */
async function freeAdjacentPorts(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await freePort();
    if (port < 65535 && (await canListen(port + 1))) return port;
  }
  throw new Error('no two adjacent free ports found on 127.0.0.1');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
