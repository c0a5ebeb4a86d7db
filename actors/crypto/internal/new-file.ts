/** Writing secret files safely: mode 0600, atomically, durable. */
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errorCode } from './node-errors.js';

/**
 * Writes a new file (mode 0600) only if none exists at `file`, atomically: the content goes to a
 * temporary file that is then hard-linked into place, so readers never see a partial file and two
 * processes creating at once never overwrite each other's key (unlike rename).
 * @returns false when `file` already existed
 */
export async function writeNewFile(file: string, content: Uint8Array | string): Promise<boolean> {
  const temp = await writeTemp(file, content);
  try {
    await link(temp, file);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp);
  }
  await syncDirectory(dirname(file));
  return true;
}

/**
 * Replaces `file` (mode 0600) atomically: readers see the old content or the new, never a mix,
 * and after a crash the file holds one of the two.
 */
export async function replaceFile(file: string, content: Uint8Array | string): Promise<void> {
  const temp = await writeTemp(file, content);
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(file));
}

/** Writes and syncs a temporary file beside `file` (in a directory created mode 0700). */
async function writeTemp(file: string, content: Uint8Array | string): Promise<string> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/** Makes the new directory entry durable; some platforms cannot open a directory, which is fine. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only: the file itself is already synced.
  }
}
