/**
 * Liveness over the in-process transport: a probe tells a connected node from a gone one, and a
 * suspect report that is not a node id is dropped; role-change announcements that do not name an
 * org are dropped likewise.
 */
import t from 'tap';
import { MemoryTransport } from '../../../actors/index.js';
import {
  answerProbes,
  decodeSuspect,
  probe,
  SuspectReporter,
  suspectSubject,
} from '../../../actors/cluster/liveness.js';
import { announceRolesChanged, onRolesChanged, ROLES_CHANGED_SUBJECT } from '../../../gateway/index.js';
import { announceHomeChanged, HOMES_CHANGED_SUBJECT, onHomeChanged } from '../../../registry/index.js';

const encoder = new TextEncoder();
/** The in-process transport delivers published messages on a later microtask. */
const delivered = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

t.test('a probe says alive while the node answers, gone once it stopped', async (t) => {
  const transport = new MemoryTransport();
  const answering = answerProbes(transport, 'eu', 'n1');
  t.equal(await probe(transport, 'eu', 'n1', 1000), 'alive');
  answering.close();
  t.equal(await probe(transport, 'eu', 'n1', 1000), 'gone');
  t.equal(await probe(transport, 'eu', 'n2', 1000), 'gone', 'a node never seen');
});

t.test('suspect reports name a node id, at most once per node per interval; anything else is dropped', async (t) => {
  const transport = new MemoryTransport();
  const heard: (string | undefined)[] = [];
  transport.subscribe(suspectSubject('eu'), (data) => heard.push(decodeSuspect(data)));
  const reporter = new SuspectReporter(transport, 'eu', 60_000);
  reporter.report('n3');
  reporter.report('n3');
  reporter.report('n4');
  await delivered();
  t.same(heard, ['n3', 'n4'], 'the second report of n3 within the interval is not sent');
  for (const bad of ['', 'n1.x', 'n1 n2', 'x'.repeat(65), 'n\u00e9', '>']) {
    t.equal(decodeSuspect(encoder.encode(bad)), undefined, `${JSON.stringify(bad.slice(0, 12))} is no node id`);
  }
});

t.test('role-change announcements name an org; anything else is dropped', async (t) => {
  const transport = new MemoryTransport();
  const orgs: string[] = [];
  const subscription = onRolesChanged(transport, (orgId) => orgs.push(orgId));
  announceRolesChanged(transport, 'acme');
  for (const bad of ['', 'Not An Org', 'acme/web', 'a'.repeat(65), '../x']) {
    transport.publish(ROLES_CHANGED_SUBJECT, encoder.encode(bad));
  }
  await delivered();
  subscription.close();
  announceRolesChanged(transport, 'globex');
  await delivered();
  t.same(orgs, ['acme'], 'only the well-formed one, and none after close');
});

t.test('home-change announcements name an org and two regions; anything else is dropped', async (t) => {
  const transport = new MemoryTransport();
  const heard: unknown[] = [];
  const subscription = onHomeChanged(transport, (change) => heard.push(change));
  announceHomeChanged(transport, { org: 'acme', from: 'eu', to: 'us' });
  for (const bad of [
    '',
    'acme eu',
    'acme eu us extra',
    'Acme eu us',
    'acme EU us',
    'acme eu ../us',
    `acme eu ${'u'.repeat(300)}`,
  ]) {
    transport.publish(HOMES_CHANGED_SUBJECT, encoder.encode(bad));
  }
  await delivered();
  subscription.close();
  announceHomeChanged(transport, { org: 'globex', from: 'eu', to: 'us' });
  await delivered();
  t.same(heard, [{ org: 'acme', from: 'eu', to: 'us' }], 'only the well-formed one, and none after close');
});
