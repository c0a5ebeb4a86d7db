/**
 * A store an earlier release wrote (entity ids in its keys and subjects) is refused with the way
 * across, never read as empty: its data would look lost, and a fresh registry would be made over it.
 */
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import t from 'tap';
import { entityId, entityToken, JetStreamJournal, journalNames } from '../../actors/index.js';
import { ledger } from '../../domain/index.js';
import { openDataStore } from '../../nodes/data-store.js';
import { NatsServer } from '../helpers/nats-server.js';
import { testNames } from '../helpers/runtime-parts.js';
import { startTestStandalone } from '../helpers/standalone.js';

t.test('a standalone store with names in the clear is refused at start, naming backup and restore', async (t) => {
  await using solo = await startTestStandalone(['--no-gateway']);
  await solo.node.client.ask(ledger, 'acme/books', { type: 'append', amount: 1 });
  const again = await solo.restart();
  t.match(
    await again.client.ask(ledger, 'acme/books', { type: 'read' }),
    { total: 1 },
    'this release’s own store starts again',
  );
  await again.close();

  // What an earlier release left: a record keyed by the entity id, and no names marker.
  const db = await openDataStore(solo.dataDir);
  await db.del('r:names');
  await db.put('j:ledger/acme/books!0000000000000001', Uint8Array.of(0, 0, 0, 1, 7));
  await db.close();
  await t.rejects(solo.restart(), {
    code: 'INVALID_CONFIG',
    message: /earlier Redoubt.*names in the clear.*redoubt backup.*restore/,
  });
});

t.test('a journal stream holding subjects named the earlier way is told apart', async (t) => {
  await using server = await NatsServer.start();
  const nc = await connect({ servers: server.url });
  t.teardown(() => nc.close());
  const journal = await JetStreamJournal.open(nc, { region: 'up', names: testNames() });
  const entity = entityId('ledger', 'acme/books');
  await journal.append(entity, 0, { seq: 1, count: 1, sealed: Uint8Array.of(1) });
  t.equal(await journal.unblindedEntities(), 0, 'blinded names are not counted');
  const { subjectPrefix } = journalNames('up');
  await jetstream(nc).publish(`${subjectPrefix}.${entityToken(entity)}`, Uint8Array.of(1));
  t.equal(await journal.unblindedEntities(), 1, 'a subject with the id’s token is');
});
