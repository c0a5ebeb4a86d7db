/**
 * Runs the built `redoubt` command and records every module it loads (ES modules, CommonJS files
 * and builtins), through a load hook registered before the program starts: what a command line
 * imports, read from the module loader itself rather than guessed from how long it took.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/redoubt.js', import.meta.url));

// module.registerHooks runs in the program's own thread and sees require() as well as import.
const HOOK = `
import { registerHooks } from 'node:module';
import { writeFileSync } from 'node:fs';
const loaded = [];
registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
process.on('exit', () => writeFileSync(process.env.REDOUBT_MODULE_TRACE, loaded.join('\\n')));
`;

export interface TracedRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The URL of every module loaded, in load order (`file:`, `node:` URLs). */
  readonly loaded: readonly string[];
}

/** Runs `redoubt <args>` to its exit; resolves with its output and the modules it loaded. */
export async function traceCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<TracedRun> {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-module-trace-'));
  const traceFile = join(dir, 'loaded.txt');
  try {
    const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(
          process.execPath,
          ['--import', `data:text/javascript,${encodeURIComponent(HOOK)}`, BIN, ...args],
          { env: { ...env, REDOUBT_MODULE_TRACE: traceFile } },
        );
        let out = '';
        let err = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
        child.once('error', reject);
        child.once('close', (code) => resolve({ status: code, stdout: out, stderr: err }));
        child.stdin.end();
      },
    );
    const loaded = (await readFile(traceFile, 'utf8')).split('\n').filter((url) => url.length > 0);
    return { status, stdout, stderr, loaded };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
