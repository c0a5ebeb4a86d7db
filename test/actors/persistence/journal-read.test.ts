import { connect } from '@nats-io/transport-node';
import t from 'tap';
import type { Test } from 'tap';
import { entityId, JetStreamJournal } from '../../../actors/index.js';
import type { Journal, JournalPosition } from '../../../actors/index.js';
import { NatsServer } from '../../helpers/nats-server.js';
import { tempStore, testNames } from '../../helpers/runtime-parts.js';

/**
 * `readAfter` from every position yields exactly the records after it, in order, whatever the
 * others write in between: from before the first, from the middle, from the last (nothing).
 */
async function readsAfterEveryPosition(t: Test, journal: Journal): Promise<void> {
  const entity = entityId('ledger', 'read');
  const neighbour = entityId('ledger', 'neighbour');
  const positions: JournalPosition[] = [0];
  let neighbourAt = 0;
  for (let seq = 1, round = 0; round < 5; round++) {
    const count = (round % 2) + 1;
    positions.push(await journal.append(entity, positions.at(-1)!, { seq, count, sealed: Buffer.from(`r${seq}`) }));
    neighbourAt = await journal.append(neighbour, neighbourAt, { seq: round + 1, count: 1, sealed: Buffer.from('n') });
    seq += count;
  }
  const all = ['r1', 'r2', 'r4', 'r5', 'r7'];
  for (const [index, position] of positions.entries()) {
    const read: string[] = [];
    for await (const record of journal.readAfter(entity, position)) read.push(Buffer.from(record.sealed).toString());
    t.same(read, all.slice(index), `after position ${position}`);
  }
  const nothing: string[] = [];
  for await (const record of journal.readAfter(entityId('ledger', 'never'), 0)) nothing.push(String(record.seq));
  t.same(nothing, [], 'an entity without records reads as empty');
}

t.test('LevelJournal reads after any position', async (t) => {
  await using store = await tempStore();
  await readsAfterEveryPosition(t, store.journal);
});

t.test('JetStreamJournal reads after any position (the last record first, then forward)', async (t) => {
  await using server = await NatsServer.start();
  const nc = await connect({ servers: server.url });
  t.teardown(() => nc.close());
  await readsAfterEveryPosition(t, await JetStreamJournal.open(nc, { region: 'read', names: testNames() }));
});
