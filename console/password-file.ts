/**
 * The password `redoubt console login --password-file FILE` reads: the file's first line, from a
 * regular file its owner alone may read (as `redoubt superadmin create --password-file` makes it),
 * so that a password left readable by others is refused rather than used.
 */
import { readSecretFile } from '../nodes/secret-file.js';
import { ConsoleUsageError } from './errors.js';

/**
 * Reads the password from the first line of `path`.
 * @throws ConsoleUsageError when the file cannot be read, is not a regular file, is readable or
 *   writable by group or others, or its first line is empty
 */
export function readPasswordFile(path: string): Promise<string> {
  return readSecretFile(path, (problem) => new ConsoleUsageError(`--password-file: ${problem}`));
}
