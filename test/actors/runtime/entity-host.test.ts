import t from 'tap';
import { defineEntity, entityId, Sealer, shardOf, SYSTEM_CALLER } from '../../../actors/index.js';
import { ledger } from '../../../domain/index.js';
import type { AnyEntityKind, EntityHost } from '../../../actors/index.js';
import { randomKeyring, tempStore, testNode } from '../../helpers/runtime-parts.js';

function request(
  kind: AnyEntityKind,
  id: string,
  command: { type: string } & Record<string, unknown>,
  requestId: string,
) {
  const entity = entityId(kind.kind, id);
  return {
    entity,
    shard: shardOf(entity, 8),
    kind,
    command,
    requestId,
    caller: SYSTEM_CALLER,
    deadline: Date.now() + 3000,
  };
}

t.test('two owners of one entity: the stale one is fenced, retired, and catches up on retry', async (t) => {
  await using store = await tempStore();
  const keyring = randomKeyring();
  const a = testNode({ ...store, keyring, kinds: [ledger], nodeId: 'a' });
  const b = testNode({ ...store, keyring, kinds: [ledger], nodeId: 'b' });
  const append = (host: EntityHost, amount: number, requestId: string) =>
    host.ask(request(ledger, 'contested', { type: 'append', amount }, requestId));

  t.same(await append(a.host, 1, 'r1'), { seq: 1, count: 1, total: 1 }, 'a activates and writes');
  t.same(await append(b.host, 10, 'r2'), { seq: 2, count: 2, total: 11 }, 'b activates from the journal and writes');
  t.equal(a.host.activeCount, 1, 'a still holds its stale copy');
  await t.rejects(
    append(a.host, 100, 'r3'),
    { code: 'JOURNAL_FENCED', retryable: true },
    "a's stale append is refused",
  );
  t.equal(a.host.activeCount, 0, 'a retired the entity');
  t.same(await append(a.host, 100, 'r3'), { seq: 3, count: 3, total: 111 }, 'the retry reactivates and succeeds');

  const records = [];
  for await (const r of store.journal.readAfter(entityId('ledger', 'contested'), 0)) records.push(r.seq);
  t.same(records, [1, 2, 3], 'one journal, no fork');
  await Promise.all([a.host.close(), b.host.close()]);
});

t.test('an idle entity passivates and reactivates with its state', async (t) => {
  await using store = await tempStore();
  const napper = defineEntity({ ...ledger, kind: 'napper', passivateAfterMs: 50 });
  const node = testNode({ ...store, keyring: randomKeyring(), kinds: [napper] });
  await node.client.ask(napper, 'sleepy', { type: 'append', amount: 3 });
  t.equal(node.host.activeCount, 1);
  const until = Date.now() + 5000;
  while (node.host.activeCount > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  t.equal(node.host.activeCount, 0, 'passivated after being idle');
  t.same(await node.client.ask(napper, 'sleepy', { type: 'read' }), { count: 1, total: 3, lastNote: null });
  t.equal(node.host.activeCount, 1, 'reactivated on demand');
  await node.host.close();
});

t.test('a journal record with one flipped byte is refused on activation, and the node keeps serving', async (t) => {
  await using store = await tempStore();
  const keyring = randomKeyring();
  const writer = testNode({ ...store, keyring, kinds: [ledger] });
  await writer.client.ask(ledger, 'victim', { type: 'append', amount: 1 });
  await writer.client.ask(ledger, 'bystander', { type: 'append', amount: 2 });
  await writer.host.close();

  const key = `j:${await store.names.forRead(entityId('ledger', 'victim'))}!0000000000000001`;
  const value = await store.db.get(key);
  const flipped = Uint8Array.from(value!);
  flipped[flipped.length - 5]! ^= 0x01;
  await store.db.put(key, flipped);

  const reader = testNode({ ...store, keyring, kinds: [ledger] });
  await t.rejects(reader.client.ask(ledger, 'victim', { type: 'read' }), { code: 'SEAL_OPEN_FAILED' });
  t.same(await reader.client.ask(ledger, 'bystander', { type: 'read' }), { count: 1, total: 2, lastNote: null });
  await reader.host.close();
});

t.test('data sealed under one key cannot be read with another', async (t) => {
  await using store = await tempStore();
  const writer = testNode({ ...store, keyring: randomKeyring(), kinds: [ledger] });
  await writer.client.ask(ledger, 'secret', { type: 'append', amount: 1 });
  await writer.host.close();
  const thief = testNode({ ...store, keyring: randomKeyring(), kinds: [ledger] });
  await t.rejects(thief.client.ask(ledger, 'secret', { type: 'read' }), {
    code: 'SEAL_OPEN_FAILED',
    message: /wrong key/,
  });
  await thief.host.close();
});

t.test('a journal record moved to another entity or sequence does not open', async (t) => {
  await using store = await tempStore();
  const keyring = randomKeyring();
  const sealer = new Sealer(keyring);
  const writer = testNode({ ...store, keyring, kinds: [ledger] });
  await writer.client.ask(ledger, 'origin', { type: 'append', amount: 1 });
  await writer.host.close();
  const value = await store.db.get(`j:${await store.names.forRead(entityId('ledger', 'origin'))}!0000000000000001`);
  // Replay the sealed record as another entity's first event: the associated data binds it.
  await store.db.put(`j:${await store.names.forWrite(entityId('ledger', 'copy'))}!0000000000000001`, value!);
  const reader = testNode({ ...store, keyring, kinds: [ledger] });
  await t.rejects(reader.client.ask(ledger, 'copy', { type: 'read' }), { code: 'SEAL_OPEN_FAILED' });
  t.throws(() => sealer.open('', { purpose: 'event', entity: 'ledger/origin', seq: 2 }, value!.subarray(4)), {
    code: 'SEAL_OPEN_FAILED',
  });
  await reader.host.close();
});

t.test('an idle entity gives up its actor but stays resident: next command needs no journal read', async (t) => {
  const { EntityHost, Sealer: SealerClass } = await import('../../../actors/index.js');
  const { silentLog } = await import('../../helpers/runtime-parts.js');
  await using store = await tempStore();
  let reads = 0;
  const counting = {
    head: (e: Parameters<typeof store.journal.head>[0]) => store.journal.head(e),
    readAfter: (e: Parameters<typeof store.journal.readAfter>[0], p: number) => {
      reads++;
      return store.journal.readAfter(e, p);
    },
    append: store.journal.append.bind(store.journal),
    eraseBefore: store.journal.eraseBefore.bind(store.journal),
    entities: store.journal.entities.bind(store.journal),
    readAll: store.journal.readAll.bind(store.journal),
    close: async () => undefined,
  };
  const lingering = defineEntity({ ...ledger, kind: 'lingering', passivateAfterMs: 400 });
  const host = new EntityHost({
    journal: counting,
    snapshots: store.snapshots,
    sealer: new SealerClass(randomKeyring()),
    log: silentLog,
    actorIdleMs: 30,
  });
  const ask = (id: string, command: { type: string } & Record<string, unknown>, n: number) =>
    host.ask(request(lingering, id, command, `r${n}`));

  await ask('warm', { type: 'append', amount: 2 }, 1);
  t.equal(reads, 1, 'activation read the journal once');
  await new Promise((r) => setTimeout(r, 150));
  t.equal(host.activeCount, 1, 'still in memory after its actor stopped');
  t.same(await ask('warm', { type: 'read' }, 2), { count: 1, total: 2, lastNote: null });
  t.same(await ask('warm', { type: 'append', amount: 3 }, 3), { seq: 2, count: 2, total: 5 });
  t.equal(reads, 1, 'the resident entity answered and wrote without reading the journal again');

  await new Promise((r) => setTimeout(r, 150));
  t.equal(
    await host.retireShards((shard) => shard === shardOf(entityId('lingering', 'warm'), 8)),
    1,
    'a moved shard drops its resident entities',
  );
  t.equal(host.activeCount, 0);
  t.same(
    await ask('warm', { type: 'read' }, 4),
    { count: 2, total: 5, lastNote: null },
    'and they reload from the journal',
  );
  t.equal(reads, 2);

  const until = Date.now() + 5000;
  while (host.activeCount > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  t.equal(host.activeCount, 0, 'passivated after passivateAfterMs idle');
  await host.close();
});

t.test('a busy entity answers a burst of commands in a few event-loop turns, not one turn each', async (t) => {
  await using store = await tempStore();
  const node = testNode({ ...store, keyring: randomKeyring(), kinds: [ledger], nodeId: 'a' });
  await node.host.ask(request(ledger, 'hot', { type: 'append', amount: 1 }, 'warm-up'));
  // Count event-loop turns while the burst runs: a ticker that reschedules itself each turn.
  let turns = 0;
  let ticking = true;
  const tick = (): void => {
    turns++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const burst = 200;
  const replies = await Promise.all(
    Array.from({ length: burst }, (_, i) => node.host.ask(request(ledger, 'hot', { type: 'read' }, `read-${i}`))),
  );
  ticking = false;
  t.equal(replies.length, burst);
  t.match(replies[burst - 1], { count: 1, total: 1 }, 'every read answered with the state');
  t.ok(turns < 20, `${burst} queued commands took ${turns} event-loop turns (one per command would be ${burst})`);
});
