/**
 * A server process a test or bench started (slapd, samba): its recent output kept for error
 * messages, its exit as a promise, and a stop that asks with SIGTERM, waits a bounded while, then
 * kills. The wait's timer is unref'd so it never holds the process open once the server is gone.
 */
import type { ChildProcess } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

export interface SupervisedChild {
  /** The last `keep` characters of its stdout and stderr, with its exit. */
  output(): string;
  /** Resolves when it has exited (or failed to start). */
  readonly exited: Promise<void>;
  /** SIGTERM, then SIGKILL after `patienceMs`; resolves once it is gone. Idempotent. */
  stop(): Promise<void>;
}

export function supervise(
  child: ChildProcess,
  name: string,
  options: { readonly keep: number; readonly patienceMs: number; readonly beforeStop?: () => void },
): SupervisedChild {
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-options.keep);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      keep(Buffer.from(`\n[${name} exited: ${signal ?? `code ${String(code)}`}]\n`));
      resolve();
    });
    child.once('error', (error) => {
      keep(Buffer.from(`\n[${name} failed to start: ${error.message}]\n`));
      resolve();
    });
  });
  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    options.beforeStop?.();
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), delay(options.patienceMs, false, { ref: false })]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  return { output: () => output, exited, stop: () => (stopping ??= stop()) };
}
