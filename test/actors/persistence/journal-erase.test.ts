import { connect } from '@nats-io/transport-node';
import t from 'tap';
import type { Test } from 'tap';
import { entityId, JetStreamJournal, JournalFencedError, PLATFORM_SCOPE } from '../../../actors/index.js';
import type { Journal } from '../../../actors/index.js';
import { NatsServer } from '../../helpers/nats-server.js';
import { tempStore, testNames } from '../../helpers/runtime-parts.js';

/** Three records, erase before the third: only it is left, and it still fences the next append. */
async function eraseKeepsTheHead(t: Test, journal: Journal): Promise<void> {
  const entity = entityId('ledger', 'erased');
  const other = entityId('ledger', 'kept');
  let position = 0;
  for (let seq = 1; seq <= 3; seq++) {
    position = await journal.append(entity, position, { seq, count: 1, sealed: Buffer.from(`record ${seq}`) });
  }
  await journal.append(other, 0, { seq: 1, count: 1, sealed: Buffer.from('other') });
  t.equal(await journal.eraseBefore(entity, position), 2);
  const left: string[] = [];
  for await (const record of journal.readAfter(entity, 0)) left.push(Buffer.from(record.sealed).toString());
  t.same(left, ['record 3']);
  t.match(await journal.head(entity), { position, lastSeq: 3 });
  await t.rejects(journal.append(entity, 0, { seq: 1, count: 1, sealed: Buffer.from('stale') }), JournalFencedError);
  await journal.append(entity, position, { seq: 4, count: 1, sealed: Buffer.from('record 4') });
  t.equal(await journal.eraseBefore(entity, position), 0, 'nothing more to erase before the same head');
  const others: string[] = [];
  for await (const record of journal.readAfter(other, 0)) others.push(Buffer.from(record.sealed).toString());
  t.same(others, ['other'], "another entity's records are untouched");
  await listsEveryEntity(t, journal);
}

/** `entities` names each entity once; `readAll` yields every record left, in order per entity. */
async function listsEveryEntity(t: Test, journal: Journal): Promise<void> {
  const many = Array.from({ length: 25 }, (_, i) => entityId('ledger', `many-${i}`));
  for (const entity of many) {
    let position = 0;
    for (let seq = 1; seq <= 3; seq++) {
      position = await journal.append(entity, position, { seq, count: 1, sealed: Buffer.from(`${entity} ${seq}`) });
    }
  }
  const listed: string[] = [];
  for await (const entity of journal.entities(PLATFORM_SCOPE)) listed.push(entity);
  t.same(listed.toSorted(), [...many, entityId('ledger', 'erased'), entityId('ledger', 'kept')].toSorted());
  const seen = new Map<string, number[]>();
  for await (const { entity, record } of journal.readAll([PLATFORM_SCOPE]))
    seen.set(entity, [...(seen.get(entity) ?? []), record.seq]);
  t.same(seen.get(many[7]!), [1, 2, 3]);
  t.same(seen.get(entityId('ledger', 'erased')), [3, 4], 'erased records are gone from readAll too');
}

t.test('LevelJournal erases an entity’s records before a position, keeps the head, lists entities', async (t) => {
  await using store = await tempStore();
  await eraseKeepsTheHead(t, store.journal);
});

t.test(
  'JetStreamJournal erases (overwrites) messages before a position, keeps the fencing head, lists entities',
  async (t) => {
    await using server = await NatsServer.start();
    const nc = await connect({ servers: server.url });
    t.teardown(() => nc.close());
    await eraseKeepsTheHead(t, await JetStreamJournal.open(nc, { region: 'erase', names: testNames() }));
  },
);
