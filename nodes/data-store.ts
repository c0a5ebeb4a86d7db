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

/** Marks a store whose entity names are blinded (`actors/persistence/stored-names.ts`). */
const NAMES_MARKER = 'r:names';
const BLINDED = new TextEncoder().encode('blinded-v1');
/** The prefixes of keys that carry an entity's name: journal, snapshots, outbox notes. */
const NAMED_PREFIXES = ['j:', 's:', 'o:'] as const;

/**
 * Makes sure the store names entities the way this release does. A store written by a release
 * that kept entity ids in its keys is refused, not read as empty: its data would look lost.
 * A store with no named key yet is marked as blinded.
 * @param legacy - what to do with such a store: `refuse` it, or `drop` its named keys (a
 *   cluster node's local store holds only snapshot copies, which the region's bucket has too)
 * @throws ConfigError naming the way across (back up with the earlier release, restore with this one)
 */
export async function checkStoredNames(db: DataStore, dataDir: string, legacy: 'refuse' | 'drop'): Promise<void> {
  if ((await db.get(NAMES_MARKER)) !== undefined) return;
  for (const prefix of NAMED_PREFIXES) {
    const range = { gt: prefix, lt: `${prefix.slice(0, -1)};` };
    const found = await db.keys({ ...range, limit: 1 }).all();
    if (found.length === 0) continue;
    if (legacy === 'refuse') {
      throw new ConfigError(
        `the store in ${dataDir} was written by an earlier Redoubt, which kept entity names in the clear: ` +
          'back it up with that release (redoubt backup --registry, then --all) and restore both into a new data directory with this one',
      );
    }
    await db.clear(range);
    await db.compactRange(range.gt, range.lt);
  }
  await db.put(NAMES_MARKER, BLINDED, { sync: true });
}
