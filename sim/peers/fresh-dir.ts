/** A server's own temp dir: made for it, and removed again if the server does not start. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `launch` in a new temp dir named `prefix…`; on its failure the dir goes and the error stands. */
export async function inFreshDir<T>(prefix: string, launch: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await launch(dir);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
