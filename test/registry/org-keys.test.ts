import { writeFile } from 'node:fs/promises';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import t from 'tap';
import { ledger } from '../../domain/index.js';
import type { EntityClient } from '../../actors/index.js';
import { FileVaultStore, keyset, RegistryKeyring, Vault } from '../../registry/index.js';
import type { FetchReply } from '../../registry/index.js';
import { filesContaining, keyForms } from '../helpers/grep-files.js';
import { registryHistory } from '../helpers/registry-history.js';
import { startTestStandalone } from '../helpers/standalone.js';

/** A node-side keyring of our own, fetching through the public client as any node does. */
function keysOf(client: EntityClient): RegistryKeyring {
  return new RegistryKeyring(async (id, command) => (await client.ask(keyset, id, command)) as FetchReply);
}

t.test('each org is sealed with its own data key, fetched from its keyset', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  await client.ask(ledger, 'acme/books', { type: 'append', amount: 5 });
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 7 });
  const keys = keysOf(client);
  await keys.prepare('acme');
  await keys.prepare('globex');
  const acme = Buffer.from(keys.current('acme').bytes).toString('hex');
  const globex = Buffer.from(keys.current('globex').bytes).toString('hex');
  t.not(acme, globex);
  t.match(await client.ask(keyset, 'acme', { type: 'status' }), { current: 1, shredded: false });
  keys.close();
});

t.test('no data key, master key or protector key is in the data dir', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  for (let i = 0; i < 60; i++) await client.ask(ledger, `acme/k-${i % 4}`, { type: 'append', amount: i });
  const keys = keysOf(client);
  await keys.prepare('acme');
  const dataKey = Uint8Array.from(keys.current('acme').bytes);
  keys.close();
  await solo.node.close();
  const vault = await Vault.open(new FileVaultStore(join(solo.dataDir, 'vault.json')));
  await vault.unseal({ type: 'keyfile', path: solo.keyFile });
  const secrets = [dataKey, Uint8Array.from(vault.currentMasterKey().bytes)];
  vault.seal();
  for (const secret of secrets) {
    for (const form of keyForms(secret)) t.same((await filesContaining([solo.dataDir], form)).hits, []);
  }
});

t.test('a wrong key file is refused at start with a clear error', async (t) => {
  await using solo = await startTestStandalone();
  await solo.node.client.ask(ledger, 'acme/x', { type: 'append', amount: 1 });
  await solo.node.close();
  await writeFile(solo.keyFile, `redoubt-key-v1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  await t.rejects(solo.restart(), { code: 'UNSEAL_FAILED', message: /key file does not open protector/ });
});

t.test('crypto-shredding an org makes its data unreadable and leaves the others intact', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  const marker = randomUUID();
  await client.ask(ledger, 'acme/books', { type: 'append', amount: 5, note: marker });
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 7, note: marker });
  await client.ask(keyset, 'globex', { type: 'shred' });
  // A fresh process holds no cached key: what is on disk is all there is.
  const restarted = await solo.restart();
  t.match(await restarted.client.ask(ledger, 'acme/books', { type: 'read' }), { total: 5, lastNote: marker });
  await t.rejects(restarted.client.ask(ledger, 'globex/books', { type: 'read' }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'KEYS_SHREDDED' },
  });
  await t.rejects(restarted.client.ask(ledger, 'globex/new', { type: 'append', amount: 1 }), {
    code: 'COMMAND_REJECTED',
    message: /crypto-shredded/,
  });
  t.match(await restarted.client.ask(keyset, 'globex', { type: 'status' }), { shredded: true, versions: [] });
});

t.test('keyset commands from outside are validated', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  const ask = (command: unknown) => client.ask(keyset, 'acme', command as never);
  await t.rejects(ask({ type: 'fetch', recipient: 'AAAA', create: true }), {
    code: 'INVALID_COMMAND',
    details: { field: 'recipient' },
  });
  await t.rejects(ask({ type: 'fetch', recipient: randomBytes(32).toString('base64') }), {
    code: 'INVALID_COMMAND',
    details: { field: 'create' },
  });
  // A low-order point would give an all-zero shared secret: refused, not used.
  await t.rejects(ask({ type: 'fetch', recipient: Buffer.alloc(32).toString('base64'), create: true }), {
    code: 'INVALID_COMMAND',
    message: /not a usable X25519 public key/,
  });
  await t.rejects(ask({ type: 'explode' }), { code: 'INVALID_COMMAND', message: /keyset has no command "explode"/ });
  await t.rejects(ask({ type: 'fetch', recipient: randomBytes(32).toString('base64'), create: false }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'NO_KEYS' },
  });
  t.match(await ask({ type: 'rotate' }), { current: 1 });
  t.match(await ask({ type: 'rotate' }), { current: 2 });
  await t.rejects(ask({ type: 'retire', version: 2 }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'KEY_CURRENT' },
  });
  await t.rejects(ask({ type: 'retire', version: 9 }), {
    code: 'COMMAND_REJECTED',
    details: { reason: 'NO_SUCH_KEY' },
  });
  await t.rejects(ask({ type: 'retire', version: -1 }), { code: 'INVALID_COMMAND' });
});

t.test('after a shred, not even the master key recovers the org key: its history is erased', async (t) => {
  await using solo = await startTestStandalone();
  const { client } = solo.node;
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 7 });
  await client.ask(keyset, 'globex', { type: 'rotate' });
  const keys = keysOf(client);
  await keys.prepare('globex');
  const doomed = [1, 2].map((version) => Buffer.from(keys.byVersion('globex', version).bytes).toString('base64'));
  keys.close();
  await client.ask(keyset, 'globex', { type: 'shred' });
  await solo.node.close();

  // The attacker's view: the data dir and the unsealed master key.
  const history = await registryHistory(solo.dataDir, solo.keyFile, 'keyset/globex');
  t.equal(history.records.length, 1, 'only the shred record is left');
  t.ok(history.snapshot, 'a snapshot holds the state');
  const opened = [...history.records, history.snapshot].map((body) => JSON.stringify(body));
  for (const key of doomed) {
    for (const text of opened) t.notOk(text.includes(key), 'the shredded key is in no record or snapshot');
  }
  // And the raw files hold no trace of it either (LevelDB compacted the deleted records away).
  for (const key of doomed) {
    for (const form of keyForms(Buffer.from(key, 'base64'))) {
      t.same((await filesContaining([solo.dataDir], form)).hits, []);
    }
  }
});

t.test("a node drops an org's keys, its modules' scopes too, and no other org's", async (t) => {
  await using solo = await startTestStandalone();
  const keys = keysOf(solo.node.client);
  t.teardown(() => keys.close());
  for (const scope of ['acme', 'acme/mail', 'acmeco']) await keys.prepare(scope);
  keys.forgetOrg('acme');
  t.throws(() => keys.current('acme'), 'acme: gone from memory');
  t.throws(() => keys.current('acme/mail'), "acme's module scope: gone");
  t.ok(keys.current('acmeco').bytes.length > 0, 'an org whose id only starts the same keeps its keys');
});
