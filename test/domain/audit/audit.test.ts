/** The audit kind's pure functions: its parser, its decisions (the hash chain, pages, checkpoints) and its fold. */
import t from 'tap';
import { audit, checkChain, GENESIS_HASH, PAGE_SIZE, recordHash } from '../../../domain/audit/index.js';
import type { AuditEntry, AuditRecord, AuditState } from '../../../domain/audit/index.js';
import { accountIdOf, contextOf, given, invalid, NOW, rejected, step } from '../kind-harness.js';

const context = contextOf('audit', 'acme');
const run = (state: AuditState, payload: unknown) => step(audit, state, payload, context);
const HASH = 'a'.repeat(64);
const ENTRY: AuditEntry = {
  accountId: accountIdOf('ada'),
  sessionId: `ses_${'s'.repeat(22)}`,
  issueId: 'acme/web/1',
  action: 'org.members.add',
  target: 'org/acme',
  before: '',
  after: HASH,
};
const append = (n = 1) => ({
  type: 'append',
  entry: { ...ENTRY, target: `org/acme#${n}` },
  source: { entity: 'org/acme', seq: n },
});
const CHECKPOINT = { seq: 1, hash: HASH, signature: 'c2lnbmF0dXJl', kid: 'audit-1' };

/** The head after `count` appends, each folded in turn. */
function appended(count: number, from: AuditState = audit.initialState('acme')): AuditState {
  let state = from;
  for (let n = 0; n < count; n++) state = run(state, append(state.seq + 1)).state;
  return state;
}

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ type: 'append' }, 'accountId'],
    [{ type: 'append', entry: { ...ENTRY, action: '' } }, 'action'],
    [{ type: 'append', entry: { ...ENTRY, action: 'x'.repeat(101) } }, 'action'],
    [{ type: 'append', entry: { ...ENTRY, target: 'org/acme\u001b[2K' } }, 'target'],
    [{ type: 'append', entry: { ...ENTRY, accountId: 7 } }, 'accountId'],
    [{ type: 'append', entry: { ...ENTRY, sessionId: undefined } }, 'sessionId'],
    [{ type: 'append', entry: { ...ENTRY, issueId: 'x'.repeat(129) } }, 'issueId'],
    [{ type: 'append', entry: { ...ENTRY, before: 'not a digest' } }, 'before'],
    [{ type: 'append', entry: { ...ENTRY, after: 'A'.repeat(64) } }, 'after'],
    [{ type: 'pageStored', page: -1 }, 'page'],
    [{ type: 'pageStored', page: '0' }, 'page'],
    [{ type: 'checkpoint', checkpoint: { ...CHECKPOINT, seq: 0 } }, 'seq'],
    [{ type: 'checkpoint', checkpoint: { ...CHECKPOINT, hash: 'abc' } }, 'hash'],
    [{ type: 'checkpoint', checkpoint: { ...CHECKPOINT, signature: 'not base64!' } }, 'signature'],
    [{ type: 'checkpoint', checkpoint: { ...CHECKPOINT, kid: '' } }, 'kid'],
    [{ type: 'checkpoint' }, 'seq'],
    [{ type: 'truncate' }, 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(
      () => audit.parseCommand(payload),
      invalid(field),
      `${JSON.stringify(payload).slice(0, 90)} names ${field}`,
    );
  }
});

t.test('parseCommand takes empty who and digests, and drops what the head decides itself', async (t) => {
  const anonymous = { ...ENTRY, accountId: '', sessionId: '', issueId: '', after: '' };
  const source = { entity: 'org/acme', seq: 3 };
  t.same(audit.parseCommand({ type: 'append', entry: { ...anonymous, seq: 9, hash: HASH, at: 1 }, source }), {
    type: 'append',
    entry: anonymous,
    source,
  });
  t.same(audit.parseCommand({ type: 'checkpoint', checkpoint: { ...CHECKPOINT, at: 5 } }), {
    type: 'checkpoint',
    checkpoint: CHECKPOINT,
  });
  t.same(audit.parseCommand({ type: 'pageStored', page: 0 }), { type: 'pageStored', page: 0 });
  t.same(audit.parseCommand({ type: 'read', page: 0 }), { type: 'read' });
});

t.test('append chains a record to the genesis hash, then each to the one before', async (t) => {
  const source = { entity: 'org/acme', seq: 1 };
  const first = run(audit.initialState('acme'), { type: 'append', entry: ENTRY, source });
  const base = { ...ENTRY, seq: 1, at: NOW, prev: GENESIS_HASH };
  const record: AuditRecord = { ...base, hash: recordHash(base) };
  t.same(first.events, [{ type: 'recorded', record, source }]);
  t.same(first.reply, { seq: 1, hash: record.hash, duplicate: false, checkpointed: 0, pending: [] });
  t.match(first.state, { seq: 1, head: record.hash, open: [record], pages: 0, pending: [] });

  const second = run(first.state, append(2));
  t.equal(second.state.open[1]?.prev, record.hash, 'the second record links to the first');
  t.same(second.reply, { seq: 2, hash: second.state.head, duplicate: false, checkpointed: 0, pending: [] });
  t.same(checkChain(second.state.open, GENESIS_HASH), [], 'the records form an intact chain');
});

t.test('a message delivered again is recorded once: each source is taken in its own order', async (t) => {
  const once = run(audit.initialState('acme'), append(5));
  const again = run(once.state, append(5));
  t.same(again.events, [], 'the same (entity, seq) again: nothing appended');
  t.match(again.reply, { seq: 1, hash: once.state.head, duplicate: true });
  t.same(run(once.state, append(4)).events, [], 'an earlier record of the source: a repeat too');
  const other = run(once.state, {
    type: 'append',
    entry: ENTRY,
    source: { entity: 'project/acme/web', seq: 1 },
  });
  t.equal(other.state.seq, 2, 'another source has its own order');
  const read = run(other.state, { type: 'read' }).reply as Record<string, unknown>;
  t.notOk('sources' in read, 'read answers the head without the sources');
  t.throws(
    () => audit.parseCommand({ type: 'append', entry: ENTRY, source: { entity: 'org/acme', seq: 0 } }),
    invalid('seq'),
  );
  t.throws(() => audit.parseCommand({ type: 'append', entry: ENTRY }), invalid('entity'));
});

t.test(`the ${PAGE_SIZE}th open record closes a page, which waits in pending until it is stored`, async (t) => {
  const almost = appended(PAGE_SIZE - 1);
  t.equal(almost.open.length, PAGE_SIZE - 1);
  const closing = run(almost, append(PAGE_SIZE));
  t.equal(closing.events.length, 2);
  t.same(closing.events[1], { type: 'pageClosed', page: 0 });
  const base = { ...append(PAGE_SIZE).entry, seq: PAGE_SIZE, at: NOW, prev: almost.head };
  const page = { page: 0, records: [...almost.open, { ...base, hash: recordHash(base) }] };
  t.same(closing.state.pending, [page]);
  t.same(
    closing.reply,
    { seq: PAGE_SIZE, hash: closing.state.head, duplicate: false, checkpointed: 0, pending: [page] },
    'the reply names the page to store',
  );
  t.same(closing.state.open, []);
  t.same(checkChain(page.records, GENESIS_HASH), []);

  // A second page closes while the first still waits: it is page 1.
  const twoPending = run(appended(PAGE_SIZE - 1, closing.state), append(2 * PAGE_SIZE));
  t.same(twoPending.events[1], { type: 'pageClosed', page: 1 });
  t.same(
    twoPending.state.pending.map((p) => p.page),
    [0, 1],
  );

  const stored = run(twoPending.state, { type: 'pageStored', page: 0 });
  t.same(stored.events, [{ type: 'pageMoved', page: 0 }]);
  t.same(stored.reply, { ok: true });
  t.same(
    stored.state.pending.map((p) => p.page),
    [1],
  );
  t.equal(stored.state.pages, 1);
  t.same(run(stored.state, { type: 'pageStored', page: 0 }).events, [], 'a page stored already: no event');
  t.same(run(stored.state, { type: 'pageStored', page: 7 }).events, [], 'a page that never closed: no event');

  const both = run(stored.state, { type: 'pageStored', page: 1 }).state;
  t.equal(both.pages, 2);
  const next = run(appended(PAGE_SIZE - 1, both), append(3 * PAGE_SIZE));
  t.same(next.events[1], { type: 'pageClosed', page: 2 }, 'the next page follows the stored ones');
  t.equal(next.state.seq, 3 * PAGE_SIZE);
});

t.test('a checkpoint is kept for a record the head still holds, with the matching hash only', async (t) => {
  const state = appended(3);
  const record = state.open[1]!;
  const checkpoint = { seq: record.seq, hash: record.hash, signature: 'c2lnbmF0dXJl', kid: 'audit-1' };
  const done = run(state, { type: 'checkpoint', checkpoint });
  t.same(done.events, [{ type: 'checkpointed', checkpoint: { ...checkpoint, at: NOW } }]);
  t.same(done.reply, { ok: true });
  t.same(done.state.checkpoints, [{ ...checkpoint, at: NOW }]);

  t.throws(
    () => run(state, { type: 'checkpoint', checkpoint: { ...checkpoint, hash: HASH } }),
    rejected('CHECKPOINT_MISMATCH'),
  );
  t.throws(
    () => run(state, { type: 'checkpoint', checkpoint: { ...checkpoint, seq: 4 } }),
    rejected('CHECKPOINT_MISMATCH'),
  );
});

t.test('a checkpoint may name a record of a pending page, not one of a stored page', async (t) => {
  const closed = appended(PAGE_SIZE + 1);
  const pendingRecord = closed.pending[0]!.records[10]!;
  const checkpoint = { seq: pendingRecord.seq, hash: pendingRecord.hash, signature: 'c2ln', kid: 'audit-1' };
  t.same(run(closed, { type: 'checkpoint', checkpoint }).events, [
    { type: 'checkpointed', checkpoint: { ...checkpoint, at: NOW } },
  ]);
  const moved = run(closed, { type: 'pageStored', page: 0 }).state;
  t.throws(() => run(moved, { type: 'checkpoint', checkpoint }), rejected('CHECKPOINT_MISMATCH'));
});

t.test('read replies the head as its state stands', async (t) => {
  const state = given(audit, 'acme', [append(1)]);
  const { sources, ...head } = state;
  t.same(sources, { 'org/acme': 1 }, 'the head remembers where each source stands');
  t.same(run(state, { type: 'read' }), { events: [], reply: head, state });
  t.same(audit.initialState('acme'), {
    seq: 0,
    head: GENESIS_HASH,
    pages: 0,
    pending: [],
    open: [],
    checkpoints: [],
    sources: {},
  });
});
