/**
 * The outbox through a real host and LevelDB store: a kind's message is delivered right after the
 * reply, before the entity's next message; one not delivered stays pending (its note in the ledger) and goes first before the
 * entity's next message, or that change is refused; after a restart the relay has it delivered;
 * a message delivered again carries the same (entity, seq).
 */
import t from 'tap';
import {
  defineEntity,
  entityId,
  LevelOutboxLedger,
  OutboxRelay,
  shardOf,
  SYSTEM_CALLER,
} from '../../../actors/index.js';
import type { CommandShape } from '../../../actors/index.js';
import type { OutboxDelivery, OutboxLedger, OutboxMessage } from '../../../actors/index.js';
import { ledger } from '../../../domain/index.js';
import type { LedgerState } from '../../../domain/index.js';
import { randomKeyring, silentLog, tempStore, testNode } from '../../helpers/runtime-parts.js';

/** A ledger whose appends tell the outbox the total before and after; reads tell nothing. */
const told = defineEntity({
  ...ledger,
  kind: 'told',
  outbox: ({ before, after, command }): OutboxMessage | undefined =>
    command.type === 'append'
      ? ({ type: 'total', from: (before as LedgerState).total, to: (after as LedgerState).total } as OutboxMessage)
      : undefined,
});

/** A receiver that can be made to fail or to hold deliveries until released, and what it received. */
function receiver() {
  const received: { entity: string; seq: number; message: OutboxMessage }[] = [];
  let failing = false;
  let held: Promise<void> | undefined;
  let release = (): void => undefined;
  return {
    received,
    fail(on: boolean) {
      failing = on;
    },
    hold() {
      held = new Promise((resolve) => (release = resolve));
    },
    release() {
      held = undefined;
      release();
    },
    deliver: async (delivery: OutboxDelivery) => {
      await held;
      if (failing) throw new Error('receiver down');
      received.push({ entity: delivery.entity, seq: delivery.seq, message: delivery.message });
    },
  };
}

async function notes(ledgerStore: LevelOutboxLedger): Promise<{ entity: string; seq: number }[]> {
  const all = [];
  for await (const note of ledgerStore.notes()) all.push({ entity: note.entity, seq: note.seq });
  return all;
}

/** Waits until the ledger holds no note (the entity went idle), or fails after 5 s. */
async function notesCleared(ledgerStore: LevelOutboxLedger): Promise<{ entity: string; seq: number }[]> {
  const until = Date.now() + 5000;
  let left = await notes(ledgerStore);
  while (left.length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    left = await notes(ledgerStore);
  }
  return left;
}

/** A ledger that counts the notes written through it. */
function countingLedger(inner: LevelOutboxLedger): OutboxLedger & { written: number } {
  return {
    written: 0,
    note(entity, seq, at) {
      this.written++;
      return inner.note(entity, seq, at);
    },
    clear: (entity, seq) => inner.clear(entity, seq),
    notes: () => inner.notes(),
  };
}

t.test('messages go out right after the reply, in order, and one left pending goes first', async (t) => {
  await using store = await tempStore();
  const notesStore = new LevelOutboxLedger(store.db, store.names);
  const target = receiver();
  const node = testNode({
    ...store,
    keyring: randomKeyring(),
    kinds: [told],
    outbox: { ledger: notesStore, deliver: target.deliver, noteLingerMs: 20 },
    actorIdleMs: 30,
  });
  const entity = entityId('told', 'a');

  await node.client.ask(told, 'a', { type: 'append', amount: 5 });
  // The entity's next message is handled only once the message before went out.
  await node.client.ask(told, 'a', { type: 'read' });
  t.same(target.received, [{ entity, seq: 1, message: { type: 'total', from: 0, to: 5 } }], 'delivered');
  t.same(await notesCleared(notesStore), [], 'its note is cleared once the entity is idle');
  t.equal(target.received.length, 1, 'a read tells nothing');

  target.fail(true);
  t.match(await node.client.ask(told, 'a', { type: 'append', amount: 2 }), { total: 7 }, 'the change commits anyway');
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.same(await notes(notesStore), [{ entity, seq: 2 }], 'its note stays while the message is pending, idle or not');
  // Asked of the host itself: the client would retry UNAVAILABLE until its deadline.
  await t.rejects(
    node.host.ask({
      entity,
      shard: shardOf(entity, 8),
      kind: told,
      command: { type: 'append', amount: 1 } as CommandShape,
      requestId: 'r-while-pending',
      caller: SYSTEM_CALLER,
      deadline: Date.now() + 3000,
    }),
    { code: 'UNAVAILABLE', retryable: true, message: /previous change is not delivered/ },
    'no next message while the one before is undelivered',
  );
  t.match(await node.client.ask(told, 'a', { type: 'read' }), { total: 7 }, 'and that change did not commit');

  target.fail(false);
  await node.client.ask(told, 'a', { type: 'append', amount: 3 });
  t.same(
    target.received.map((entry) => [entry.seq, entry.message]),
    [
      [1, { type: 'total', from: 0, to: 5 }],
      [2, { type: 'total', from: 5, to: 7 }],
      [3, { type: 'total', from: 7, to: 10 }],
    ],
    'the pending one first, then the next, each once here',
  );
  await node.client.ask(told, 'a', { type: 'read' });
  t.same(await notesCleared(notesStore), [], 'no note left');
  await node.host.close();
});

t.test('a busy entity writes one note for many changes, and it stands through short idle spells', async (t) => {
  await using store = await tempStore();
  const inner = new LevelOutboxLedger(store.db, store.names);
  const counted = countingLedger(inner);
  const target = receiver();
  const node = testNode({
    ...store,
    keyring: randomKeyring(),
    kinds: [told],
    // Neither the linger nor the refresh can run out during the test, however slow the machine.
    outbox: { ledger: counted, deliver: target.deliver, noteLingerMs: 60_000, noteRefreshMs: 60_000 },
    actorIdleMs: 10,
  });
  await Promise.all(Array.from({ length: 20 }, () => node.client.ask(told, 'busy', { type: 'append', amount: 1 })));
  t.equal(target.received.length, 20, 'every change told');
  t.equal(counted.written, 1, 'one note for the 20 changes');
  await new Promise((resolve) => setTimeout(resolve, 100));
  await node.client.ask(told, 'busy', { type: 'append', amount: 1 });
  t.equal(counted.written, 1, 'an idle spell shorter than the linger keeps the note: no new write');
  t.same(
    (await notes(inner)).map((note) => note.seq),
    [1],
    "the standing note is the first change's",
  );
  await node.host.close();
});

t.test("the reply does not wait for the message to go out; the entity's next message does", async (t) => {
  await using store = await tempStore();
  const target = receiver();
  const node = testNode({
    ...store,
    keyring: randomKeyring(),
    kinds: [told],
    outbox: { ledger: new LevelOutboxLedger(store.db, store.names), deliver: target.deliver },
  });
  target.hold();
  t.match(await node.client.ask(told, 'b', { type: 'append', amount: 1 }), { total: 1 }, 'answered while held');
  t.same(target.received, [], 'not delivered yet');
  let next = false;
  const second = node.client.ask(told, 'b', { type: 'append', amount: 2 }).then((reply) => {
    next = true;
    return reply;
  });
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
  t.notOk(next, 'the next change waits for the delivery before it');
  target.release();
  t.match(await second, { total: 3 });
  await node.client.ask(told, 'b', { type: 'read' });
  t.same(
    target.received.map((entry) => entry.seq),
    [1, 2],
    'both delivered, in order',
  );
  await node.host.close();
});

t.test('a message left by a stopped node is delivered by the relay after the restart', async (t) => {
  await using store = await tempStore();
  const keyring = randomKeyring();
  const notesStore = new LevelOutboxLedger(store.db, store.names);
  const down = receiver();
  down.fail(true);
  const first = testNode({ ...store, keyring, kinds: [told], outbox: { ledger: notesStore, deliver: down.deliver } });
  await first.client.ask(told, 'b', { type: 'append', amount: 4 });
  await first.host.close();
  t.same(await notes(notesStore), [{ entity: entityId('told', 'b'), seq: 1 }], 'the stopped node left a note');

  const up = receiver();
  const second = testNode({ ...store, keyring, kinds: [told], outbox: { ledger: notesStore, deliver: up.deliver } });
  const relay = new OutboxRelay({
    ledger: notesStore,
    client: second.client,
    kinds: new Map([[told.kind, told]]),
    log: silentLog,
  });
  t.equal(await relay.sweep(), 1, 'the relay had one message delivered');
  t.same(up.received, [{ entity: entityId('told', 'b'), seq: 1, message: { type: 'total', from: 0, to: 4 } }]);
  t.same(await notes(notesStore), [], 'and the note is gone');
  t.equal(await relay.sweep(), 0, 'nothing left for the next sweep');
  await t.rejects(
    second.client.ask(told, 'b', { type: '~flush-outbox' } as never, { caller: { ...SYSTEM_CALLER, origin: 'api' } }),
    { code: 'PERMISSION_DENIED' },
    'only the system asks an entity to flush its outbox',
  );
  await relay.close();
  await second.host.close();
});
