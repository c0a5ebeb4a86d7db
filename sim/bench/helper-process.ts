/** The bench's raw baselines run in processes of their own, as the system's parts do. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * Starts a helper script of this folder (`echo-responder.js`, `grpc-echo-process.js`) with `args`;
 * resolves once it printed its first line (it does when ready), with that line. Stop it with SIGTERM.
 * @throws Error when it exits before
 */
export async function startHelper(
  script: string,
  args: readonly string[],
): Promise<{ child: ChildProcess; ready: string }> {
  const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const child = spawn(process.execPath, [path, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return { child, ready };
}
