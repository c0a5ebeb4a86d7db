import { join } from 'node:path';
import t from 'tap';
import { LevelJournal, LevelSnapshotStore, sealedKeyVersion } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { FileVaultStore, keyset, Vault } from '../../registry/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { openDataStore } from '../../nodes/data-store.js';
import { offlineNames } from '../helpers/offline-names.js';
import { startTestStandalone } from '../helpers/standalone.js';

const ORG_ENTITIES = 12;

/** Versions of every blob an org's ledgers have on disk (snapshot and all journal records). */
async function blobVersions(dataDir: string, keyFile: string, org: string): Promise<Record<string, number>> {
  const db = await openDataStore(dataDir);
  const names = offlineNames(dataDir, keyFile, db);
  try {
    const journal = new LevelJournal(db, names);
    const snapshots = new LevelSnapshotStore(db, names);
    const versions: Record<string, number> = {};
    const count = (blob: Uint8Array) => {
      const key = `v${sealedKeyVersion(blob)}`;
      versions[key] = (versions[key] ?? 0) + 1;
    };
    for await (const entity of journal.entities(org)) {
      if (!entity.startsWith(`ledger/${org}/`)) continue;
      for await (const record of journal.readAfter(entity, 0)) count(record.sealed);
      const snapshot = await snapshots.load(entity);
      if (snapshot !== undefined) count(snapshot.sealed);
    }
    return versions;
  } finally {
    names.close();
    await db.close();
  }
}

t.test('rotating an org key re-seals all its data, retires the old version, and loses nothing', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  const expected = new Map<string, number>();
  for (let i = 0; i < ORG_ENTITIES; i++) {
    // Some entities pass the snapshot interval (100 events), so snapshots get re-sealed too.
    const writes = i % 4 === 0 ? 130 : 3;
    for (let n = 1; n <= writes; n++) await client.ask(ledger, `acme/book-${i}`, { type: 'append', amount: n });
    expected.set(`acme/book-${i}`, (writes * (writes + 1)) / 2);
  }
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 7 });

  const phases = new Set<string>();
  const report = (await callAdmin(solo.dataDir, { op: 'keys-rotate', org: 'acme' }, (update) =>
    phases.add(String(update['phase'])),
  )) as { from: number; to: number; entities: number; retired: number[]; census: Record<string, number> };
  t.match(report, { from: 1, to: 2, entities: ORG_ENTITIES, retired: [1] });
  t.same(Object.keys(report.census), ['v2'], 'after re-sealing, every blob the org needs is under v2');
  t.ok(phases.has('resealing') && phases.has('retired'), 'progress reported each phase');
  t.match(await client.ask(keyset, 'acme', { type: 'status' }), { current: 2, versions: [{ version: 2 }] });
  t.match(await client.ask(keyset, 'globex', { type: 'status' }), { current: 1 }, 'another org is untouched');

  for (const [id, total] of expected) t.match(await client.ask(ledger, id, { type: 'read' }), { total });
  await client.ask(ledger, 'acme/book-1', { type: 'append', amount: 1000 });
  expected.set('acme/book-1', expected.get('acme/book-1')! + 1000);

  await solo.node.close();
  t.same(
    Object.keys(await blobVersions(solo.dataDir, solo.keyFile, 'acme')),
    ['v2'],
    'no blob on disk is sealed under v1',
  );
  const node = await solo.restart();
  for (const [id, total] of expected) t.match(await node.client.ask(ledger, id, { type: 'read' }), { total });
  t.match(await node.client.ask(ledger, 'globex/books', { type: 'read' }), { total: 7 });
});

t.test('reads and writes keep working while the key rotates under load', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  const ids = Array.from({ length: 20 }, (_, i) => `load/e-${i}`);
  const totals = new Map<string, number>();
  for (const id of ids) {
    await client.ask(ledger, id, { type: 'append', amount: 1 });
    totals.set(id, 1);
  }
  let running = true;
  let reads = 0;
  let writes = 0;
  const failures: unknown[] = [];
  const load = async (worker: number) => {
    for (let n = 0; running; n++) {
      const id = ids[(n * 7 + worker) % ids.length]!;
      try {
        if (n % 3 === 0) {
          await client.ask(ledger, id, { type: 'append', amount: 2 });
          totals.set(id, totals.get(id)! + 2);
          writes++;
        } else {
          const state = (await client.ask(ledger, id, { type: 'read' })) as { total: number };
          if (state.total < 1) throw new Error(`${id} read total ${state.total}`);
          reads++;
        }
      } catch (error) {
        failures.push(error);
      }
    }
  };
  const workers = [0, 1, 2, 3].map(load);
  for (let round = 0; round < 3; round++) {
    const report = (await callAdmin(solo.dataDir, { op: 'keys-rotate', org: 'load' })) as {
      to: number;
      retired: number[];
    };
    t.equal(report.to, round + 2, `rotation ${round + 1} made version ${round + 2}`);
    t.same(report.retired, [round + 1], `and retired version ${round + 1}`);
  }
  running = false;
  await Promise.all(workers);
  t.same(failures, [], `no failed read or write (${reads} reads, ${writes} writes during three rotations)`);
  t.ok(reads > 0 && writes > 0, 'the load ran during the rotations');
  for (const id of ids) t.match(await client.ask(ledger, id, { type: 'read' }), { total: totals.get(id) });
});

t.test('master-key rotation re-seals the registry and retires the old master key', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  await client.ask(ledger, 'acme/books', { type: 'append', amount: 5 });
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 6 });
  const report = await callAdmin(solo.dataDir, { op: 'keys-rotate-master' });
  t.match(report, { from: 1, to: 2, retired: [1], census: { v2: Number } });
  const node = await solo.restart();
  t.match(await node.client.ask(ledger, 'acme/books', { type: 'read' }), { total: 5 });
  t.match(await node.client.ask(ledger, 'globex/books', { type: 'read' }), { total: 6 });
  await node.close();
  const vault = await Vault.open(new FileVaultStore(join(solo.dataDir, 'vault.json')));
  t.same(vault.status().masterKeyVersions, [2], 'only the new master key is left in the vault');
});

t.test('shredding an org through the admin socket evicts its live entities at once', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  await client.ask(ledger, 'acme/books', { type: 'append', amount: 5 });
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 6 });
  const before = solo.node;
  t.match(await callAdmin(solo.dataDir, { op: 'keys-shred', org: 'acme' }), { shredded: true, evicted: 1 });
  await t.rejects(before.client.ask(ledger, 'acme/books', { type: 'read' }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'KEYS_SHREDDED' },
  });
  t.match(await client.ask(ledger, 'globex/books', { type: 'read' }), { total: 6 });
  await t.rejects(callAdmin(solo.dataDir, { op: 'keys-rotate', org: 'acme' }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'KEYS_SHREDDED' },
  });
});
