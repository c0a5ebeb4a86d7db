/** The node's local classic-level store, in a directory only its user can read. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { ConfigError } from './errors.js';

export type DataStore = ClassicLevel<string, Uint8Array>;

export async function openDataStore(dataDir: string): Promise<DataStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const db = new ClassicLevel<string, Uint8Array>(join(dataDir, 'store'), {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
  });
  try {
    await db.open();
  } catch (error) {
    const locked = (error as { cause?: { code?: string } }).cause?.code === 'LEVEL_LOCKED';
    throw new ConfigError(
      locked
        ? `data directory ${dataDir} is in use by another Redoubt process`
        : `cannot open the store in ${dataDir}: ${(error as Error).message}`,
    );
  }
  return db;
}
