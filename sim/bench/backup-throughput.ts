/**
 * Backup and restore throughput (for `npm run bench -- keys`): a LevelDB store filled with N MB of
 * sealed-size records is backed up to an archive and restored into a fresh store, each timed in
 * MB/s of archive, beside a raw streamed copy of the same archive file in the same run.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ClassicLevel } from 'classic-level';
import {
  LevelJournal,
  LevelSnapshotStore,
  StaticKeyring,
  StoredNames,
  entityId,
  keyScopeIn,
} from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { FileVaultStore, Vault, restoreBackup, writeBackup } from '../../registry/index.js';
import { figure } from './figure.js';
import type { Figure } from './figure.js';

/** Options of {@link backupThroughput}. */
export interface BackupThroughputOptions {
  /**
   * Sealed bytes to back up.
   * @default 64
   */
  readonly megabytes?: number;
  /**
   * Size of one record's sealed blob (an event of a few hundred bytes, sealed, is about this).
   * @default 1024
   */
  readonly recordBytes?: number;
  /** @default "keys" */
  readonly bench?: string;
  readonly progress?: (text: string) => void;
}

const RECORDS_PER_ENTITY = 100;

/**
 * Times `writeBackup` and `restoreBackup` on a local store, each beside a raw copy of the archive.
 * The records are random bytes of sealed size: neither path opens org records, so this is what
 * they cost (read, frame, seal, write; read twice, open, append).
 */
export async function backupThroughput(options: BackupThroughputOptions = {}): Promise<Figure[]> {
  const megabytes = options.megabytes ?? 64;
  const recordBytes = options.recordBytes ?? 1024;
  const bench = options.bench ?? 'keys';
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-bench-backup-'));
  const open = async (name: string) => {
    const db = new ClassicLevel<string, Uint8Array>(join(dir, name), { keyEncoding: 'utf8', valueEncoding: 'view' });
    await db.open();
    return db;
  };
  const source = await open('source');
  const target = await open('target');
  const { vault } = await Vault.init(new FileVaultStore(join(dir, 'vault.json')), [
    { type: 'keyfile', path: join(dir, 'master.key') },
  ]);
  try {
    const records = Math.ceil((megabytes * 1e6) / recordBytes);
    options.progress?.(`backup: filling a store with ${records} records of ${recordBytes} B`);
    const kinds = new Map([[ledger.kind, ledger]]);
    const names = new StoredNames(new StaticKeyring([{ version: 1, bytes: randomBytes(32) }]), keyScopeIn(kinds));
    const journal = new LevelJournal(source, names, { sync: false });
    const blob = randomBytes(recordBytes);
    for (let i = 0; i < records; i++) {
      const entity = entityId('ledger', `bench/e-${Math.floor(i / RECORDS_PER_ENTITY)}`);
      const seq = (i % RECORDS_PER_ENTITY) + 1;
      await journal.append(entity, seq - 1, { seq, count: 1, sealed: blob });
    }
    const archive = join(dir, 'bench.rbak');
    options.progress?.(`backup: ${megabytes} MB`);
    let started = performance.now();
    await writeBackup({
      journal,
      snapshots: new LevelSnapshotStore(source, names),
      kinds,
      vault,
      scope: { type: 'all' },
      allScopes: ['bench'],
      out: archive,
    });
    const backupMs = performance.now() - started;
    const bytes = (await stat(archive)).size;
    started = performance.now();
    await pipeline(createReadStream(archive), createWriteStream(join(dir, 'copy.rbak')));
    const copyMs = performance.now() - started;
    options.progress?.('restore');
    started = performance.now();
    await restoreBackup({
      file: archive,
      vault,
      journal: new LevelJournal(target, names, { sync: false }),
      snapshots: new LevelSnapshotStore(target, names),
      kinds,
      scopeStatus: async () => 'live',
    });
    await target.put('r:last-restore', new Uint8Array(1), { sync: true });
    const restoreMs = performance.now() - started;
    const rate = (ms: number) => bytes / 1e6 / (ms / 1000);
    const note = `MB/s of archive (${(bytes / 1e6).toFixed(0)} MB) vs a streamed copy of the archive file`;
    return [
      figure(bench, 'backup_mb_per_s', rate(backupMs), rate(copyMs), 'MB/s', `backup ${note}`),
      figure(bench, 'restore_mb_per_s', rate(restoreMs), rate(copyMs), 'MB/s', `restore (verify + write) ${note}`),
    ];
  } finally {
    vault.seal();
    await source.close();
    await target.close();
    await rm(dir, { recursive: true, force: true });
  }
}
