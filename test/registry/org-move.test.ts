/**
 * Moving an org between two regions' real stores (two regions' streams and buckets on one
 * nats-server): only the org's entities move, a write that lands between the read and the marker
 * moves too, the snapshot's position is mapped to the new journal, outbox notes follow, a copy
 * that would overwrite other records stops the move before the switch, and nothing but markers
 * is left behind.
 */
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import t from 'tap';
import {
  keyScopeIn,
  entityId,
  JetStreamJournal,
  KvOutboxLedger,
  KvSnapshotStore,
  movedRegionOf,
  openOutboxBucket,
  openSnapshotBucket,
} from '../../actors/index.js';
import type { AnyEntityKind, EntityId, Journal, JournalRecord } from '../../actors/index.js';
import { issue, org } from '../../domain/index.js';
import { moveOrg } from '../../registry/index.js';
import type { OrgHomeCommand, OrgHomeReply, RegionData } from '../../registry/index.js';
import { NatsServer } from '../helpers/nats-server.js';
import { testNames } from '../helpers/runtime-parts.js';

const KINDS = new Map<string, AnyEntityKind>([
  ['org', org],
  ['issue', issue],
]);
const ACME = entityId('org', 'acme');
const ISSUE = entityId('issue', 'acme/web/1');
const OTHER = entityId('org', 'other');

/** One org key names entities in every region: the stores see only blinded names. */
const NAMES = testNames(keyScopeIn(KINDS));

async function regionData(nc: NatsConnection, region: string): Promise<RegionData> {
  return {
    region,
    journal: await JetStreamJournal.open(nc, { region, names: NAMES }),
    snapshots: new KvSnapshotStore(await openSnapshotBucket(nc, { region }), NAMES),
    outbox: new KvOutboxLedger(await openOutboxBucket(nc, { region }), NAMES),
  };
}

/** Appends records `seq..seq+n-1` (one event each) after `expected`; returns the last position. */
async function write(journal: Journal, entity: EntityId, fromSeq: number, n: number, expected = 0): Promise<number> {
  let position = expected;
  for (let seq = fromSeq; seq < fromSeq + n; seq++) {
    position = await journal.append(entity, position, { seq, count: 1, sealed: Buffer.from(`${entity} #${seq}`) });
  }
  return position;
}

async function records(journal: Journal, entity: EntityId): Promise<JournalRecord[]> {
  const out: JournalRecord[] = [];
  for await (const record of journal.readAfter(entity, 0)) out.push(record);
  return out;
}

/** The registry's directory entry of one org, in memory, with the same compare-and-set. */
function directory(region: string) {
  const home = { region, moves: 0 };
  return {
    home,
    askHome: async (command: OrgHomeCommand): Promise<OrgHomeReply> => {
      if (command.type === 'move') {
        if (command.from !== home.region) throw new Error(`not in ${command.from}`);
        home.region = command.region;
        home.moves++;
      }
      return { org: 'acme', region: home.region, since: 0, moves: home.moves, changed: command.type === 'move' };
    },
  };
}

t.test('an org moves whole, with a write that slipped in, and leaves only markers', async (t) => {
  await using nats = await NatsServer.start({});
  const nc = await connect({ servers: nats.url });
  t.teardown(() => nc.close());
  const [eu, us] = [await regionData(nc, 'eu'), await regionData(nc, 'us')];
  await write(eu.journal, ACME, 1, 3);
  const issueEnd = await write(eu.journal, ISSUE, 1, 2);
  await write(eu.journal, OTHER, 1, 1);
  // The org's snapshot covers its first two records; the third comes after it.
  const second = (await records(eu.journal, ACME))[1]!;
  await eu.snapshots.save(ACME, { seq: 2, position: second.position, sealed: Buffer.from('state at 2') });
  await eu.outbox.note(ISSUE, 2, 1234);

  // A node that still holds the issue writes once more, right after the move read it.
  let slipped = false;
  const journal = eu.journal;
  const racing: Journal = {
    head: (entity) => journal.head(entity),
    append: (entity, expected, record) => journal.append(entity, expected, record),
    eraseBefore: (entity, position) => journal.eraseBefore(entity, position),
    entities: (scope) => journal.entities(scope),
    readAll: (scopes) => journal.readAll(scopes),
    close: () => journal.close(),
    async *readAfter(entity, position) {
      yield* journal.readAfter(entity, position);
      if (entity === ISSUE && !slipped) {
        slipped = true;
        await write(journal, ISSUE, 3, 1, issueEnd);
      }
    },
  };
  const { home, askHome } = directory('eu');
  const announced: unknown[] = [];
  const phases = new Set<string>();
  const report = await moveOrg(
    { from: { ...eu, journal: racing }, to: us, kinds: KINDS, askHome, announce: (move) => announced.push(move) },
    'acme',
    (progress) => phases.add(progress.phase),
  );
  t.match(report, { org: 'acme', from: 'eu', to: 'us', moved: true, entities: 2, records: 6, snapshots: 1, erased: 6 });
  t.same([...phases], ['copy', 'switch', 'shred']);
  t.same(home, { region: 'us', moves: 1 }, 'the directory switched once');
  t.same(announced, [{ org: 'acme', from: 'eu', to: 'us' }]);

  const issueInUs = await records(us.journal, ISSUE);
  t.same(
    issueInUs.map((record) => [record.seq, Buffer.from(record.sealed).toString()]),
    [1, 2, 3].map((seq) => [seq, `${ISSUE} #${seq}`]),
    'the write that slipped in between the read and the marker moved too',
  );
  const acmeInUs = await records(us.journal, ACME);
  const snapshot = await us.snapshots.load(ACME);
  t.equal(snapshot?.position, acmeInUs[1]!.position, "the snapshot's position is its record's in the new journal");
  t.same(Buffer.from(snapshot!.sealed).toString(), 'state at 2');
  const notes = [];
  for await (const note of us.outbox.notes()) notes.push(note);
  t.same(notes, [{ entity: ISSUE, seq: 2, at: 1234 }], 'the outbox note moved with its entity');

  for (const entity of [ACME, ISSUE]) {
    const left = await records(eu.journal, entity);
    t.same(
      left.map((record) => movedRegionOf(record)),
      ['us'],
      `${entity}: only the marker is left in eu`,
    );
    t.equal(await eu.snapshots.load(entity), undefined, `${entity}: no snapshot left in eu`);
  }
  const eunotes = [];
  for await (const note of eu.outbox.notes()) eunotes.push(note);
  t.same(eunotes, [], 'no outbox note left in eu');
  t.equal((await records(eu.journal, OTHER)).length, 1, 'another org stays where it is');
});

t.test('a move to a region holding other records of an entity is refused before anything is closed', async (t) => {
  await using nats = await NatsServer.start({});
  const nc = await connect({ servers: nats.url });
  t.teardown(() => nc.close());
  const [eu, us] = [await regionData(nc, 'eu'), await regionData(nc, 'us')];
  await write(eu.journal, ACME, 1, 2);
  // Something else under the same name in us already.
  await us.journal.append(ACME, 0, { seq: 1, count: 1, sealed: Buffer.from('not the same') });
  const { home, askHome } = directory('eu');
  await t.rejects(moveOrg({ from: eu, to: us, kinds: KINDS, askHome, announce: () => undefined }, 'acme'), {
    code: 'MOVE_FAILED',
    message: /already holds other records/,
  });
  t.same(home, { region: 'eu', moves: 0 }, 'the home did not switch');
  t.same(
    (await records(eu.journal, ACME)).map((record) => movedRegionOf(record)),
    [undefined, undefined],
    'the records stay in eu, not closed: the org keeps working there',
  );
});
