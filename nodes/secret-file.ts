/**
 * A secret handed over in a file (a password, a webhook secret): the file's first line, from a
 * regular file its owner alone may read, so that a secret left readable by others is refused
 * rather than used.
 */
import { open } from 'node:fs/promises';

/**
 * Reads the secret from the first line of `path`.
 * @param fail - makes the error to throw, from what is wrong (prefixed by the caller's flag)
 * @throws what `fail` makes when the file cannot be read, is not a regular file, is readable or
 *   writable by group or others, or its first line is empty
 */
export async function readSecretFile(path: string, fail: (problem: string) => Error): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fail(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    // The mode of the file opened, not of a path that could be swapped in between.
    const stats = await handle.stat();
    if (!stats.isFile()) throw fail(`${path} is not a regular file`);
    const mode = stats.mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw fail(`${path} is open to group or others (mode ${mode.toString(8)}): chmod 600 it first`);
    }
    const secret = ((await handle.readFile('utf8')).split('\n')[0] ?? '').replace(/\r$/, '');
    if (secret.length === 0) throw fail(`the first line of ${path} is empty`);
    return secret;
  } finally {
    await handle.close();
  }
}
