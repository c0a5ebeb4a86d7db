import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { pino } from 'pino';
import t from 'tap';
import type { Test } from 'tap';
import { LevelJournal, LevelSnapshotStore, PLATFORM_SCOPE } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import type { EntityClient, EntityId, EntityNames, Journal, SnapshotStore } from '../../actors/index.js';
import { parseNodeConfig, startStandalone } from '../../nodes/index.js';
import { nodeKinds } from '../../nodes/kinds.js';
import { checkStoredNames } from '../../nodes/data-store.js';
import {
  ArchiveReader,
  FileVaultStore,
  RegistryKeyring,
  Vault,
  keyset,
  keysetScopes,
  keysetStatusFromStore,
  keysetStatusViaClient,
  REGISTRY_SCOPE,
  openArchiveVault,
  restoreBackup,
  writeBackup,
} from '../../registry/index.js';
import type { ArchiveScope, FetchReply, RestoreReport } from '../../registry/index.js';
import { filesContaining, keyForms } from '../helpers/grep-files.js';
import { offlineNames } from '../helpers/offline-names.js';
import { startTestStandalone } from '../helpers/standalone.js';

const kinds = await nodeKinds({ data: true, registry: true });
const LEDGERS = ['acme/books', 'acme/petty', 'globex/books', 'misc'];
/** Every scope the tests' entities are in: names at rest are blinded per scope. */
const ALL_SCOPES = [REGISTRY_SCOPE, PLATFORM_SCOPE, 'acme', 'globex'];

interface OpenStore extends AsyncDisposable {
  readonly db: ClassicLevel<string, Uint8Array>;
  readonly journal: LevelJournal;
  readonly snapshots: LevelSnapshotStore;
  readonly names: EntityNames;
}

/** @param vault - the vault the names come from, when not the one in `dataDir` (a restore's) */
async function openStore(dataDir: string, keyFile: string, vault?: Vault): Promise<OpenStore> {
  await mkdir(dataDir, { recursive: true });
  const db = new ClassicLevel<string, Uint8Array>(join(dataDir, 'store'), {
    keyEncoding: 'utf8',
    valueEncoding: 'view',
  });
  await db.open();
  // As the CLI does: a store written here names entities this release's way, and says so.
  await checkStoredNames(db, dataDir, 'refuse');
  const names = offlineNames(dataDir, keyFile, db, vault);
  return {
    db,
    names,
    journal: new LevelJournal(db, names, { sync: false }),
    snapshots: new LevelSnapshotStore(db, names),
    [Symbol.asyncDispose]: async () => {
      names.close();
      await db.close();
    },
  };
}

async function unsealed(dataDir: string, keyFile: string): Promise<Vault> {
  const vault = await Vault.open(new FileVaultStore(join(dataDir, 'vault.json')));
  await vault.unseal({ type: 'keyfile', path: keyFile });
  return vault;
}

async function readAll(client: EntityClient): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const id of LEDGERS) out[id] = await client.ask(ledger, id, { type: 'read' });
  return out;
}

/** Every record and snapshot of the entities, as stored: what "identical" means below the API. */
async function dump(journal: Journal, snapshots: SnapshotStore, keep: (entity: string) => boolean): Promise<string[]> {
  const lines: string[] = [];
  const entities = new Set<EntityId>();
  for await (const { entity, record } of journal.readAll(ALL_SCOPES)) {
    if (!keep(entity)) continue;
    entities.add(entity);
    lines.push(`${entity} ${record.seq} ${record.count} ${Buffer.from(record.sealed).toString('base64')}`);
  }
  for (const entity of [...entities].sort()) {
    const snapshot = await snapshots.load(entity);
    if (snapshot !== undefined)
      lines.push(`${entity} snapshot ${snapshot.seq} ${Buffer.from(snapshot.sealed).toString('base64')}`);
  }
  return lines.sort();
}

/** A standalone node's data: two orgs, platform data, a shredded org, snapshots; then stopped. */
async function makeSource(t: Test) {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-backup-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const solo = await startTestStandalone(['--no-gateway']);
  t.teardown(() => solo[Symbol.asyncDispose]());
  const { client } = solo.node;
  const marker = randomUUID();
  // 120 appends: snapshots at 50 and 100 (the ledger snapshots every 50), a tail after.
  for (let i = 0; i < 120; i++) await client.ask(ledger, 'acme/books', { type: 'append', amount: i, note: marker });
  for (let i = 0; i < 3; i++) await client.ask(ledger, 'acme/petty', { type: 'append', amount: 1 });
  for (let i = 0; i < 5; i++) await client.ask(ledger, 'globex/books', { type: 'append', amount: 7 });
  await client.ask(ledger, 'misc', { type: 'append', amount: 2 });
  await client.ask(ledger, 'initech/books', { type: 'append', amount: 3 });
  // A shredded keyset is compacted: its journal starts past seq 1, after a snapshot.
  await client.ask(keyset, 'initech', { type: 'shred' });
  const keys = new RegistryKeyring(async (id, command) => (await client.ask(keyset, id, command)) as FetchReply);
  await keys.prepare('acme');
  await keys.prepare('globex');
  const dataKeys = [Uint8Array.from(keys.current('acme').bytes), Uint8Array.from(keys.current('globex').bytes)];
  keys.close();
  const state = await readAll(client);
  await solo.node.close();
  return { dir, solo, state, dataKeys };
}

async function backup(dataDir: string, keyFile: string, scope: ArchiveScope, out: string) {
  const vault = await unsealed(dataDir, keyFile);
  await using store = await openStore(dataDir, keyFile, vault);
  try {
    return await writeBackup({
      journal: store.journal,
      snapshots: store.snapshots,
      kinds,
      vault,
      ...(scope.type === 'all' ? { allScopes: await keysetScopes(store.journal) } : {}),
      vaultDocument: await new FileVaultStore(join(dataDir, 'vault.json')).load(),
      scope,
      out,
    });
  } finally {
    vault.seal();
  }
}

/** Restores as the CLI does: the vault from the target, or from a registry archive when it has none. */
async function restore(dataDir: string, keyFile: string, file: string, verifyOnly = false): Promise<RestoreReport> {
  const vaultStore = new FileVaultStore(join(dataDir, 'vault.json'));
  const stored = await vaultStore.load();
  const reader = await ArchiveReader.open(file);
  const { header } = reader;
  await reader.close();
  const vault = stored === undefined ? await openArchiveVault(header, file) : await Vault.open(vaultStore);
  await vault.unseal({ type: 'keyfile', path: keyFile });
  await using store = await openStore(dataDir, keyFile, vault);
  try {
    return await restoreBackup({
      file,
      vault,
      journal: store.journal,
      snapshots: store.snapshots,
      kinds,
      scopeStatus: keysetStatusFromStore(store.journal, store.snapshots, vault),
      verifyOnly,
      beforeWrite: async () => {
        if (stored === undefined && header.vault !== undefined) await vaultStore.save(header.vault, undefined);
      },
    });
  } finally {
    vault.seal();
  }
}

async function startOn(dataDir: string, keyFile: string) {
  const config = parseNodeConfig('standalone', [
    '--data',
    dataDir,
    '--key-file',
    keyFile,
    '--http-port',
    '0',
    '--grpc-port',
    '0',
  ]);
  return startStandalone(config!, pino({ level: 'silent' }));
}

t.test('backup then restore into a fresh data dir gives identical state; no key is in any archive', async (t) => {
  const { dir, solo, state, dataKeys } = await makeSource(t);
  const registry = await backup(solo.dataDir, solo.keyFile, { type: 'registry' }, join(dir, 'registry.rbak'));
  const all = await backup(solo.dataDir, solo.keyFile, { type: 'all' }, join(dir, 'all.rbak'));
  const acme = await backup(solo.dataDir, solo.keyFile, { type: 'orgs', orgs: ['acme'] }, join(dir, 'acme.rbak'));
  t.same(
    acme.manifest.entities.map((e) => [e.entity, e.records, e.snapshotSeq]).sort(),
    [
      ['ledger/acme/books', 120, 100],
      ['ledger/acme/petty', 3, undefined],
    ],
    'the org archive holds exactly its entities, with the latest snapshot',
  );
  t.ok(
    all.manifest.entities.some((e) => e.entity === 'ledger/misc'),
    '--all holds platform data',
  );
  t.notOk(
    all.manifest.entities.some((e) => e.entity.startsWith('keyset/')),
    '--all holds no registry entity',
  );
  t.notOk(
    all.manifest.entities.some((e) => e.entity.startsWith('ledger/initech/')),
    '--all holds nothing of the shredded org: its names went with its keys, nothing finds its records',
  );
  t.ok(registry.manifest.entities.every((e) => e.scope === '~registry'));
  const initech = registry.manifest.entities.find((e) => e.entity === 'keyset/initech');
  t.ok(
    initech !== undefined && initech.firstSeq > 1 && initech.snapshotSeq !== undefined,
    'a compacted keyset goes with its snapshot',
  );

  // No data key, master key or registry-derived key in any archive (raw, hex or base64).
  const vault = await unsealed(solo.dataDir, solo.keyFile);
  const secrets = [...dataKeys, Uint8Array.from(vault.currentMasterKey().bytes)];
  vault.seal();
  for (const secret of secrets) {
    for (const form of keyForms(secret)) t.same((await filesContaining([dir], form)).hits, [], 'no key in archives');
  }
  // No org or entity is named in any archive: the clear header tags the orgs, the rest is sealed.
  t.match(acme.header.scope, { type: 'orgs', orgs: [/^[\w-]{22}$/] }, 'the org archive’s header names acme by a tag');
  for (const name of ['acme', 'globex', 'ledger/acme/books']) {
    t.same((await filesContaining([dir], name)).hits, [], `"${name}" is in no archive`);
  }

  const target = join(dir, 'target');
  const first = await restore(target, solo.keyFile, registry.file);
  t.equal(first.restored.entities, registry.manifest.totals.entities, 'the registry archive restores first');
  const second = await restore(target, solo.keyFile, all.file);
  t.same(second.skipped, [], 'nothing to leave out: the shredded org was not in the archive');
  t.equal(second.restored.entities, all.manifest.totals.entities);

  {
    await using source = await openStore(solo.dataDir, solo.keyFile);
    await using restored = await openStore(target, solo.keyFile);
    const keep = (entity: string) => !entity.startsWith('ledger/initech/');
    t.same(await dump(restored.journal, restored.snapshots, keep), await dump(source.journal, source.snapshots, keep));
    t.equal((await restored.journal.head('ledger/initech/books' as EntityId)).lastSeq, 0, 'nothing of initech');
  }
  // Again: every entity is there already, so nothing is written and the error says how many.
  await t.rejects(restore(target, solo.keyFile, acme.file), {
    code: 'RESTORE_CONFLICT',
    message: /^2 entities .*ledger\/acme\/books/,
  });

  const node = await startOn(target, solo.keyFile);
  t.teardown(() => node.close());
  t.same(await readAll(node.client), state, 'a node on the restored dir reads identical state');
  t.match(await node.client.ask(ledger, 'acme/books', { type: 'append', amount: 1 }), { total: 7141 });
  t.match(await node.client.ask(keyset, 'initech', { type: 'status' }), { shredded: true });
  await node.close();
  for (const secret of secrets) {
    for (const form of keyForms(secret))
      t.same((await filesContaining([target], form)).hits, [], 'no key in the restored dir');
  }
});

t.test('any flipped byte, a cut-off or extended archive is refused, and nothing is written', async (t) => {
  const { dir, solo } = await makeSource(t);
  // Small chunks, so the archive has many and "a middle chunk" is one.
  const out = join(dir, 'acme.rbak');
  {
    await using store = await openStore(solo.dataDir, solo.keyFile);
    const vault = await unsealed(solo.dataDir, solo.keyFile);
    await writeBackup({ ...store, kinds, vault, scope: { type: 'orgs', orgs: ['acme'] }, out, chunkSize: 4096 });
    vault.seal();
  }
  const good = await readFile(out);
  const reg = join(dir, 'registry.rbak');
  await backup(solo.dataDir, solo.keyFile, { type: 'registry' }, reg);
  const target = join(dir, 'target');
  await restore(target, solo.keyFile, reg);
  const headerLength = 14 + good.readUInt32BE(10);
  const positions: Record<string, number> = {
    magic: 1,
    version: 9,
    'header JSON': 30,
    'header salt': good.indexOf('"salt":"') + 10,
    'first frame length': headerLength + 1,
    'first frame flags': headerLength + 4,
    'first nonce': headerLength + 10,
    'middle chunk': Math.floor(good.length / 2),
    'manifest chunk': good.length - 40,
    'last byte': good.length - 1,
  };
  const tampered = join(dir, 'tampered.rbak');
  for (const [where, at] of Object.entries(positions)) {
    const bytes = Buffer.from(good);
    bytes[at] = bytes[at]! ^ 0x01;
    await writeFile(tampered, bytes);
    await t.rejects(
      restore(target, solo.keyFile, tampered),
      { code: /^BACKUP_(TAMPERED|INVALID|WRONG_VAULT)$/ },
      where,
    );
  }
  for (const cut of [good.length - 1, good.length - 2000, headerLength + 10, headerLength]) {
    await writeFile(tampered, good);
    await truncate(tampered, cut);
    await t.rejects(restore(target, solo.keyFile, tampered), { code: 'BACKUP_TAMPERED' }, `cut at ${cut}`);
  }
  await writeFile(tampered, Buffer.concat([good, Buffer.from([0])]));
  await t.rejects(restore(target, solo.keyFile, tampered), {
    code: 'BACKUP_TAMPERED',
    message: /after its final chunk/,
  });
  // Two chunks swapped: each opens only at its own index.
  {
    const frames: [number, number][] = [];
    for (let at = headerLength; at < good.length; at += 29 + good.readUInt32BE(at))
      frames.push([at, 29 + good.readUInt32BE(at)]);
    t.ok(frames.length > 4, `${frames.length} chunks`);
    const [a, b] = [frames[1]!, frames[2]!];
    const swapped = Buffer.concat([
      good.subarray(0, a[0]),
      good.subarray(b[0], b[0] + b[1]),
      good.subarray(a[0], a[0] + a[1]),
      good.subarray(b[0] + b[1]),
    ]);
    await writeFile(tampered, swapped);
    await t.rejects(restore(target, solo.keyFile, tampered), {
      code: 'BACKUP_TAMPERED',
      message: /chunk 1 .*does not authenticate/,
    });
    // The manifest chunk dropped, the chunk before it marked final: the flag is authenticated too.
    const last = frames.at(-2)!;
    const dropped = Buffer.from(good.subarray(0, last[0] + last[1]));
    dropped[last[0] + 4] = 1;
    await writeFile(tampered, dropped);
    await t.rejects(restore(target, solo.keyFile, tampered), { code: 'BACKUP_TAMPERED' });
  }
  await t.rejects(restore(target, solo.keyFile, join(dir, 'missing.rbak')), {
    code: 'BACKUP_INVALID',
    message: /no such file/,
  });
  await writeFile(tampered, 'not an archive at all');
  await t.rejects(restore(target, solo.keyFile, tampered), {
    code: 'BACKUP_INVALID',
    message: /not a Redoubt backup archive/,
  });
  const v2 = Buffer.from(good);
  v2.writeUInt16BE(2, 8);
  await writeFile(tampered, v2);
  await t.rejects(restore(target, solo.keyFile, tampered), { code: 'BACKUP_INVALID', message: /format version 2/ });
  {
    await using store = await openStore(target, solo.keyFile);
    let records = 0;
    // A node's own registry records (platform keyset, envelope keys) are not the org's.
    for await (const { entity } of store.journal.readAll(ALL_SCOPES)) {
      if (!entity.startsWith('keyset/') && !entity.startsWith('envelope-keys/')) records++;
    }
    t.equal(records, 0, 'no record of acme was written by any refused restore');
  }
  // The untouched archive still restores.
  t.equal((await restore(target, solo.keyFile, out)).restored.records, 123);
});

t.test('another vault cannot read an archive, and says which vault it needs', async (t) => {
  const { dir, solo } = await makeSource(t);
  const out = join(dir, 'acme.rbak');
  await backup(solo.dataDir, solo.keyFile, { type: 'orgs', orgs: ['acme'] }, out);
  await using other = await startTestStandalone(['--no-gateway']);
  await other.node.close();
  await t.rejects(restore(other.dataDir, other.keyFile, out), {
    code: 'BACKUP_WRONG_VAULT',
    message: /made with vault [0-9a-f]{32}, this is vault [0-9a-f]{32}/,
  });
});

t.test('an org shredded after its backup restores nothing of it, and says it was shredded', async (t) => {
  const { dir, solo } = await makeSource(t);
  const acme = join(dir, 'acme.rbak');
  await backup(solo.dataDir, solo.keyFile, { type: 'orgs', orgs: ['acme'] }, acme);
  const node = await solo.restart();
  await node.client.ask(keyset, 'acme', { type: 'shred' });
  await node.close();
  // The registry as it is now: acme's keyset says shredded.
  const reg = join(dir, 'registry-after.rbak');
  await backup(solo.dataDir, solo.keyFile, { type: 'registry' }, reg);
  const target = join(dir, 'target');
  await restore(target, solo.keyFile, reg);
  const report = await restore(target, solo.keyFile, acme);
  t.same(report.restored, { entities: 0, records: 0, snapshots: 0 });
  t.same(report.skipped, [{ scope: 'acme', reason: 'shredded', entities: 2, records: 123 }]);
  // A target whose registry never had acme's keys restores nothing either.
  const bare = join(dir, 'bare');
  await restore(bare, solo.keyFile, reg);
  {
    await using store = await openStore(bare, solo.keyFile);
    // The keyset's records and snapshot, under its blinded name.
    const name = await store.names.forRead('keyset/acme' as EntityId);
    await store.db.clear({ gt: `j:${name}!`, lt: `j:${name}"` });
    await store.db.del(`s:${name}`);
  }
  t.same(
    (await restore(bare, solo.keyFile, acme)).skipped.map((s) => s.reason),
    ['absent'],
  );
  await using store = await openStore(target, solo.keyFile);
  t.equal((await store.journal.head('ledger/acme/books' as EntityId)).lastSeq, 0, 'nothing of acme in the target');
});

t.test('a snapshot newer than the journal view is left out: the records decide', async (t) => {
  const { dir, solo, state } = await makeSource(t);
  await using store = await openStore(solo.dataDir, solo.keyFile);
  // A view taken before acme/books' last 30 records: its snapshot at 100 is newer than the view.
  const view: Journal = Object.create(store.journal) as Journal;
  view.readAll = async function* (scopes) {
    for await (const item of store.journal.readAll(scopes)) {
      if (item.entity === 'ledger/acme/books' && item.record.seq > 90) continue;
      yield item;
    }
  };
  const vault = await unsealed(solo.dataDir, solo.keyFile);
  const out = join(dir, 'view.rbak');
  const report = await writeBackup({
    journal: view,
    snapshots: store.snapshots,
    kinds,
    vault,
    scope: { type: 'orgs', orgs: ['acme'] },
    out,
  });
  vault.seal();
  const books = report.manifest.entities.find((e) => e.entity === 'ledger/acme/books');
  t.same([books?.records, books?.lastSeq, books?.snapshotSeq], [90, 90, undefined]);
  const target = join(dir, 'target');
  await restore(target, solo.keyFile, await backupRegistry());
  await restore(target, solo.keyFile, out);
  const node = await startOn(target, solo.keyFile);
  t.teardown(() => node.close());
  const read = (await node.client.ask(ledger, 'acme/books', { type: 'read' })) as { total: number };
  t.equal(read.total, (90 * 89) / 2, 'state as of the view');
  t.same(await node.client.ask(ledger, 'acme/petty', { type: 'read' }), state['acme/petty']);

  async function backupRegistry(): Promise<string> {
    const file = join(dir, 'registry.rbak');
    const vault = await unsealed(solo.dataDir, solo.keyFile);
    await writeBackup({
      ...store,
      kinds,
      vault,
      vaultDocument: await new FileVaultStore(join(solo.dataDir, 'vault.json')).load(),
      scope: { type: 'registry' },
      out: file,
    });
    vault.seal();
    return file;
  }
});

t.test('verify-only reads the whole archive and writes nothing; an existing output is never overwritten', async (t) => {
  const { dir, solo } = await makeSource(t);
  const out = join(dir, 'acme.rbak');
  await backup(solo.dataDir, solo.keyFile, { type: 'orgs', orgs: ['acme'] }, out);
  const size = (await stat(out)).size;
  await t.rejects(backup(solo.dataDir, solo.keyFile, { type: 'all' }, out), {
    code: 'BACKUP_FAILED',
    message: /exists already/,
  });
  t.equal((await stat(out)).size, size);
  const target = join(dir, 'target');
  const reg = join(dir, 'registry.rbak');
  await backup(solo.dataDir, solo.keyFile, { type: 'registry' }, reg);
  await restore(target, solo.keyFile, reg);
  const report = await restore(target, solo.keyFile, out, true);
  t.same([report.verifiedOnly, report.restored.records], [true, 123]);
  {
    await using store = await openStore(target, solo.keyFile);
    t.equal((await store.journal.head('ledger/acme/books' as EntityId)).lastSeq, 0, 'verify wrote nothing');
  }
  await t.rejects(
    restore(solo.dataDir, solo.keyFile, out),
    { code: 'RESTORE_CONFLICT' },
    'the source is not a fresh target',
  );
});

t.test('a running node tells live, shredded and absent scopes apart through its keysets', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  const { client } = solo.node;
  await client.ask(ledger, 'acme/books', { type: 'append', amount: 1 });
  await client.ask(ledger, 'initech/books', { type: 'append', amount: 1 });
  await client.ask(keyset, 'initech', { type: 'shred' });
  const status = keysetStatusViaClient((id, command) => client.ask(keyset, id, command));
  t.same(await Promise.all(['acme', 'initech', 'nobody'].map(status)), ['live', 'shredded', 'absent']);
});
