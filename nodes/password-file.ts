/**
 * A generated password handed to the operator in a file rather than on the terminal: created mode
 * 0600 (whatever the umask), never replacing an existing file unless told to, and written before
 * the account it unlocks is made, so that a password nobody can read is never set. With
 * `overwrite`, the new file is written beside the old one and takes its place only on
 * {@link PasswordFile.keep}: a failed command leaves the old file as it was.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConfigError } from './errors.js';

export interface PasswordFileOptions {
  /**
   * Replace a file that exists at the path.
   * @default false
   */
  readonly overwrite?: boolean;
}

/** A password written to its own 0600 file; see {@link PasswordFile.create}. */
export class PasswordFile {
  private constructor(
    /** Where the password ends up. */
    readonly path: string,
    /** Where it is written first: `path` itself, or a file beside it that replaces it on keep(). */
    private readonly written: string,
  ) {}

  /**
   * Writes `password` and a newline to a new file, mode 0600.
   * @throws ConfigError when the file exists and `overwrite` is not set, or cannot be written
   */
  static async create(path: string, password: string, options: PasswordFileOptions = {}): Promise<PasswordFile> {
    const written = options.overwrite
      ? join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
      : path;
    let handle;
    try {
      // 'wx': created here or refused, never an existing file (nor one a symlink points to).
      handle = await open(written, 'wx', 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && !options.overwrite) {
        throw new ConfigError(`--password-file: ${path} exists already; remove it, or add --overwrite to replace it`);
      }
      throw new ConfigError(`--password-file: cannot create ${written} (${code ?? (error as Error).message})`);
    }
    try {
      await handle.chmod(0o600);
      await handle.writeFile(`${password}\n`, 'utf8');
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(written, { force: true });
      throw new ConfigError(`--password-file: cannot write ${written} (${(error as Error).message})`);
    }
    await handle.close();
    return new PasswordFile(path, written);
  }

  /** Keeps the password: with `overwrite`, the new file takes the old one's place now. */
  async keep(): Promise<void> {
    if (this.written !== this.path) await rename(this.written, this.path);
  }

  /** Removes what {@link create} wrote (an old file replaced with `overwrite` stays as it was). */
  async discard(): Promise<void> {
    await rm(this.written, { force: true });
  }
}
