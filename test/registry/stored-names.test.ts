/**
 * Names at rest, through the keys a node really fetches: blinded per org, reversible only with
 * the org's name key, none for an org that has no keys, and linked to nothing once shredded.
 */
import t from 'tap';
import { entityId, keyScopeIn, StoredNames } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import type { EntityClient } from '../../actors/index.js';
import { keyset, RegistryKeyring } from '../../registry/index.js';
import type { FetchReply } from '../../registry/index.js';
import { randomKeyring } from '../helpers/runtime-parts.js';
import { startTestStandalone } from '../helpers/standalone.js';

const KINDS = new Map([[ledger.kind, ledger]]);

function namesOf(client: EntityClient): { names: StoredNames; keys: RegistryKeyring } {
  const keys = new RegistryKeyring(async (id, command) => (await client.ask(keyset, id, command)) as FetchReply);
  return { names: new StoredNames(keys, keyScopeIn(KINDS)), keys };
}

t.test('a stored name is the org’s group and the blinded id; only the org’s key reads it back', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  const { client } = solo.node;
  await client.ask(ledger, 'acme/books', { type: 'append', amount: 1 });
  await client.ask(ledger, 'globex/books', { type: 'append', amount: 1 });
  const { names, keys } = namesOf(client);
  t.teardown(() => keys.close());

  const books = await names.forWrite(entityId('ledger', 'acme/books'));
  const petty = await names.forWrite(entityId('ledger', 'acme/petty'));
  const globex = await names.forWrite(entityId('ledger', 'globex/books'));
  t.match(books, /^[\w-]{16}\.[\w-]+$/, 'group, a dot, the blinded id: safe in subjects, KV and LevelDB keys');
  t.notMatch(books, /acme|books/, 'no part of the id shows');
  t.equal(await names.forRead(entityId('ledger', 'acme/books')), books, 'the same name every time');
  t.equal(books.split('.')[0], petty.split('.')[0], 'one org, one group');
  t.not(books.split('.')[0], globex.split('.')[0], 'another org, another group');
  t.equal(`${await names.group('acme')}`, books.split('.')[0]);
  t.equal(await names.entityOf(books), 'ledger/acme/books', 'the org’s key reads the name back');

  // Another node fetching the same keys names alike; keys of another installation do not.
  const other = namesOf(client);
  t.teardown(() => other.keys.close());
  t.equal(await other.names.entityOf(books), undefined, 'a group never named here is not guessed');
  await other.names.group('acme');
  t.equal(await other.names.entityOf(books), 'ledger/acme/books');
  const stranger = new StoredNames(randomKeyring(), keyScopeIn(KINDS));
  t.not(await stranger.forWrite(entityId('ledger', 'acme/books')), books, 'other keys, other names');
  await stranger.group('acme');
  t.equal(await stranger.entityOf(books), undefined, 'and no way back');
  const tampered = `${books.slice(0, -2)}${books.endsWith('AA') ? 'AB' : 'AA'}`;
  t.equal(await names.entityOf(tampered), undefined, 'an altered name opens to nothing');
});

t.test('an org with no keys has no names to read, and reading makes none', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  const { client } = solo.node;
  const { names, keys } = namesOf(client);
  t.teardown(() => keys.close());
  t.equal(await names.forRead(entityId('ledger', 'nobody/books')), undefined);
  t.equal(await names.group('nobody'), undefined);
  t.match(await client.ask(keyset, 'nobody', { type: 'status' }), { current: 0 }, 'no keyset was made by reading');
  t.match(await client.ask(ledger, 'nobody/books', { type: 'read' }), { count: 0 }, 'the entity reads empty');

  // A write of a new org while a read of it is still asking: the write makes the keys, it does
  // not take the read's "none" for an answer.
  const fresh = namesOf(client);
  t.teardown(() => fresh.keys.close());
  const [read, written] = await Promise.all([
    fresh.names.forRead(entityId('ledger', 'fresh/a')),
    fresh.names.forWrite(entityId('ledger', 'fresh/b')),
  ]);
  t.equal(read, undefined, 'the read found no keys');
  t.match(written, /^[\w-]{16}\./, 'the write made them and has its name');
  t.match(await client.ask(keyset, 'fresh', { type: 'status' }), { current: 1 });
});

t.test('a shredded org’s names link to nothing', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  const { client } = solo.node;
  await client.ask(ledger, 'initech/books', { type: 'append', amount: 3 });
  const { names, keys } = namesOf(client);
  t.teardown(() => keys.close());
  const name = await names.forRead(entityId('ledger', 'initech/books'));
  t.ok(name);
  await client.ask(keyset, 'initech', { type: 'shred' });
  const after = namesOf(client);
  t.teardown(() => after.keys.close());
  await t.rejects(
    after.names.group('initech'),
    { code: 'COMMAND_REJECTED', message: /destroyed/ },
    'no key to group by',
  );
  t.equal(await after.names.entityOf(name!), undefined, 'the name opens to nothing');
});
