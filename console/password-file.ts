/**
 * The password `redoubt console login --password-file FILE` reads: the file's first line, from a
 * regular file its owner alone may read (as `redoubt superadmin create --password-file` makes it),
 * so that a password left readable by others is refused rather than used.
 */
import { open } from 'node:fs/promises';
import { ConsoleUsageError } from './errors.js';

/**
 * Reads the password from the first line of `path`.
 * @throws ConsoleUsageError when the file cannot be read, is not a regular file, is readable or
 *   writable by group or others, or its first line is empty
 */
export async function readPasswordFile(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new ConsoleUsageError(
      `--password-file: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  try {
    // The mode of the file opened, not of a path that could be swapped in between.
    const stats = await handle.stat();
    if (!stats.isFile()) throw new ConsoleUsageError(`--password-file: ${path} is not a regular file`);
    const mode = stats.mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new ConsoleUsageError(
        `--password-file: ${path} is open to group or others (mode ${mode.toString(8)}): chmod 600 it first`,
      );
    }
    const password = ((await handle.readFile('utf8')).split('\n')[0] ?? '').replace(/\r$/, '');
    if (password.length === 0) throw new ConsoleUsageError(`--password-file: the first line of ${path} is empty`);
    return password;
  } finally {
    await handle.close();
  }
}
