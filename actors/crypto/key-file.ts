/**
 * A key file holds one 256-bit key: one line `redoubt-key-v1:<base64 of 32 bytes>`, readable by
 * its owner only. For unattended nodes whose key is provisioned by a secret store or a mounted
 * volume.
 */
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { errorCode, errorMessage } from './internal/node-errors.js';
import { writeNewFile } from './internal/new-file.js';
import { KeyringUnlockError } from '../errors.js';
import { XCHACHA_KEY_LENGTH } from './xchacha.js';

/** Options of {@link loadKeyFile}. */
export interface KeyFileOptions {
  /**
   * Create the key file with a new random key (mode 0600, in a directory created mode 0700) when
   * it does not exist.
   * @default false
   */
  readonly create?: boolean;
}

const PREFIX = 'redoubt-key-v1:';
/** Far longer than any valid key file, so a wrong path does not read a huge file into memory. */
const MAX_FILE_SIZE = 1024;
const FORMAT_HINT = `expected a single line "${PREFIX}<base64 of ${XCHACHA_KEY_LENGTH} bytes>"`;
const RESTORE_HINT = 'restore it from a backup (a new key cannot open data sealed with the old one)';

/**
 * Loads the key file, or creates it with a fresh random key when `options.create` is set and the
 * file is missing. Error messages name the file and the fix, never the key.
 *
 * @returns a copy of the key; the caller wipes it (`fill(0)`) when done
 * @throws KeyringUnlockError (`KEYRING_UNLOCK_FAILED`) when the file is missing (without
 *   `create`), accessible to group or others, not a regular file, malformed, holds a key of the
 *   wrong length, or cannot be read or created
 */
export async function loadKeyFile(file: string, options: KeyFileOptions = {}): Promise<Uint8Array> {
  const existing = await readKeyFile(file);
  if (existing !== undefined) return existing;
  if (options.create !== true) {
    throw new KeyringUnlockError(
      `key file ${file} does not exist: provision it, or load it with { create: true } to generate a new key`,
    );
  }
  const key = randomBytes(XCHACHA_KEY_LENGTH);
  const text = Buffer.from(`${PREFIX}${key.toString('base64')}\n`, 'latin1');
  let created: boolean;
  try {
    created = await writeNewFile(file, text);
  } catch (cause) {
    throw new KeyringUnlockError(`cannot create key file ${file}: ${errorMessage(cause)}`, { cause });
  } finally {
    text.fill(0);
  }
  if (created) return key;
  key.fill(0);
  // Another process created the file between our read and our write: use its key.
  const theirs = await readKeyFile(file);
  if (theirs === undefined) throw new KeyringUnlockError(`key file ${file} vanished while being created`);
  return theirs;
}

/** Reads and checks the key file; undefined when it does not exist. */
async function readKeyFile(file: string): Promise<Uint8Array | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (cause) {
    if (errorCode(cause) === 'ENOENT') return undefined;
    throw new KeyringUnlockError(`cannot read key file ${file}: ${errorMessage(cause)}`, { cause });
  }
  let raw: Buffer | undefined;
  try {
    // Checked on the open handle, so the file cannot be swapped between the check and the read.
    const stat = await handle.stat();
    if (!stat.isFile()) throw new KeyringUnlockError(`key file ${file} is not a regular file`);
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      throw new KeyringUnlockError(
        `key file ${file} is accessible to group or others (mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')}): ` +
          `restrict it with \`chmod 600 ${file}\``,
      );
    }
    if (stat.size > MAX_FILE_SIZE) throw new KeyringUnlockError(`key file ${file} is malformed: ${FORMAT_HINT}`);
    raw = await handle.readFile();
    return parseKeyFile(file, raw);
  } catch (error) {
    if (error instanceof KeyringUnlockError) throw error;
    throw new KeyringUnlockError(`cannot read key file ${file}: ${errorMessage(error)}`, { cause: error });
  } finally {
    raw?.fill(0);
    await handle.close();
  }
}

function parseKeyFile(file: string, raw: Buffer): Uint8Array {
  // latin1 maps bytes one to one, so any non-ASCII byte fails the base64 check below.
  const line = raw.toString('latin1').replace(/\r?\n$/, '');
  const encoded = line.startsWith(PREFIX) ? line.slice(PREFIX.length) : undefined;
  if (encoded === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
    throw new KeyringUnlockError(`key file ${file} is malformed: ${FORMAT_HINT}; ${RESTORE_HINT}`);
  }
  const key = Buffer.from(encoded, 'base64');
  let problem: string | undefined;
  if (key.toString('base64') !== encoded) problem = `key file ${file} is malformed: ${FORMAT_HINT}; ${RESTORE_HINT}`;
  else if (key.length !== XCHACHA_KEY_LENGTH) {
    problem = `key file ${file} holds a ${key.length}-byte key, expected ${XCHACHA_KEY_LENGTH}: ${RESTORE_HINT}`;
  }
  if (problem === undefined) return key;
  key.fill(0);
  throw new KeyringUnlockError(problem);
}
