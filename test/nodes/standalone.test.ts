import t from 'tap';
import { ledger } from '../../domain/index.js';
import { entitySuite } from '../helpers/entity-suite.js';
import { startTestStandalone } from '../helpers/standalone.js';

t.test('the embedded default passes the entity suite', async (t) => {
  await using solo = await startTestStandalone();
  await entitySuite(t, solo.node.client, 'solo');
});

t.test('state survives a restart: snapshot plus journal tail', async (t) => {
  await using solo = await startTestStandalone();
  const ref = solo.node.client.ref(ledger, 'durable');
  // 120 events with a snapshot every 50: recovery reads a snapshot at 100 and a tail of 20.
  for (let i = 1; i <= 120; i++) await ref.ask({ type: 'append', amount: i });
  await solo.restart();
  t.same(await solo.node.client.ask(ledger, 'durable', { type: 'read' }), { count: 120, total: 7260, lastNote: null });
  const next = await solo.node.client.ask(ledger, 'durable', { type: 'append', amount: 1 });
  t.same(next, { seq: 121, count: 121, total: 7261 });
});

t.test('/healthz and /metrics report shards, entities and asks', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  await solo.node.client.ask(ledger, 'observed', { type: 'append', amount: 1 });
  const health = (await (await fetch(`http://127.0.0.1:${solo.node.httpPort}/healthz`)).json()) as Record<
    string,
    unknown
  >;
  // The node fetched its envelope keys at start (the envelope-keys entity), and the first write of
  // the platform scope made its data key: the keyset is active too.
  t.match(health, { ready: true, mode: 'standalone', shardsOwned: 64, entitiesActive: 3 });
  const metrics = await (await fetch(`http://127.0.0.1:${solo.node.httpPort}/metrics`)).text();
  t.match(metrics, /redoubt_asks_total\{kind="ledger",outcome="ok"\} 1/);
  t.match(metrics, /redoubt_asks_total\{kind="keyset",outcome="ok"\} 1/);
  t.match(metrics, /redoubt_asks_total\{kind="envelope-keys",outcome="ok"\} 1/);
  // The envelope keys made at start, the platform's data key, the ledger's append.
  t.match(metrics, /redoubt_journal_append_seconds_count\{ok="true"\} 3/);
  t.match(metrics, /redoubt_shards_owned 64/);
  const missing = await fetch(`http://127.0.0.1:${solo.node.httpPort}/nope`);
  t.equal(missing.status, 404);
});

t.test('a second process on the same data directory is refused with a clear error', async (t) => {
  await using solo = await startTestStandalone();
  const { parseNodeConfig, startStandalone } = await import('../../nodes/index.js');
  const { pino } = await import('pino');
  const config = parseNodeConfig('standalone', [
    '--data',
    solo.dataDir,
    '--key-file',
    solo.keyFile,
    '--http-port',
    '0',
  ]);
  await t.rejects(startStandalone(config!, pino({ level: 'silent' })), { code: 'INVALID_CONFIG', message: /in use/ });
});

t.test('nothing is plaintext at rest in the embedded default, and the key is not in the data dir', async (t) => {
  const { randomUUID } = await import('node:crypto');
  const { readFile } = await import('node:fs/promises');
  const { filesContaining } = await import('../helpers/grep-files.js');
  await using solo = await startTestStandalone();
  const marker = `PLAINTEXT-MARKER-${randomUUID()}`;
  // Enough events to write snapshots too (every 50).
  for (let i = 0; i < 120; i++)
    await solo.node.client.ask(ledger, `at-rest-${i % 3}`, { type: 'append', amount: i, note: marker });
  await solo.node.close();
  const { hits, scanned, bytes } = await filesContaining([solo.dataDir], marker);
  t.ok(scanned > 0 && bytes > 120 * marker.length, `scanned ${scanned} files, ${bytes} bytes`);
  t.same(hits, [], 'no file in the data dir holds the marker');
  const keyLine = (await readFile(solo.keyFile, 'utf8')).trim();
  const keyBase64 = keyLine.slice(keyLine.indexOf(':') + 1);
  t.same((await filesContaining([solo.dataDir], keyBase64)).hits, [], 'the key is not in the data dir');
  t.same(
    (await filesContaining([solo.dataDir], Buffer.from(keyBase64, 'base64').toString('latin1'))).hits,
    [],
    'not even raw',
  );
});
