/** The audit-page kind's pure functions: its parser, its decisions and its fold. */
import t from 'tap';
import { auditPage } from '../../../domain/audit-page/index.js';
import type { AuditPageState } from '../../../domain/audit-page/index.js';
import { GENESIS_HASH, PAGE_SIZE, recordHash } from '../../../domain/audit/index.js';
import type { AuditRecord } from '../../../domain/audit/index.js';
import { accountIdOf, contextOf, given, invalid, notFound, NOW, rejected, step } from '../kind-harness.js';

const ID = 'acme/0';
const context = contextOf('audit-page', ID);
const run = (state: AuditPageState, payload: unknown) => step(auditPage, state, payload, context);

/** `count` chained records, as the head writes them. */
function records(count: number, action = 'org.members.add'): AuditRecord[] {
  const out: AuditRecord[] = [];
  for (let seq = 1; seq <= count; seq++) {
    const base = {
      accountId: accountIdOf('ada'),
      sessionId: '',
      issueId: '',
      action,
      target: 'org/acme',
      before: '',
      after: '',
      seq,
      at: NOW,
      prev: out.at(-1)?.hash ?? GENESIS_HASH,
    };
    out.push({ ...base, hash: recordHash(base) });
  }
  return out;
}
const PAGE = records(3);

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const [first] = PAGE;
  const cases: [unknown, string][] = [
    [{ type: 'store' }, 'records'],
    [{ type: 'store', records: [] }, 'records'],
    [{ type: 'store', records: first }, 'records'],
    [{ type: 'store', records: records(PAGE_SIZE + 1) }, 'records'],
    [{ type: 'store', records: [{ ...first, seq: 0 }] }, 'seq'],
    [{ type: 'store', records: [{ ...first, at: -1 }] }, 'at'],
    [{ type: 'store', records: [{ ...first, prev: '' }] }, 'prev'],
    [{ type: 'store', records: [{ ...first, hash: undefined }] }, 'hash'],
    [{ type: 'store', records: [{ ...first, action: '' }] }, 'action'],
    [{ type: 'store', records: [first, { ...first, target: 'org/\u0007' }] }, 'target'],
    [{ type: 'delete' }, 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(
      () => auditPage.parseCommand(payload),
      invalid(field),
      `${JSON.stringify(payload).slice(0, 80)} names ${field}`,
    );
  }
  t.same(auditPage.parseCommand({ type: 'store', records: PAGE }), { type: 'store', records: PAGE });
  t.same(auditPage.parseCommand({ type: 'store', records: records(PAGE_SIZE) }).type, 'store', 'a full page is taken');
  t.same(auditPage.parseCommand({ type: 'read', records: PAGE }), { type: 'read' });
});

t.test('read of a page not stored yet answers NOT_FOUND', async (t) => {
  t.throws(() => run(auditPage.initialState(ID), { type: 'read' }), notFound('audit-page', ID));
});

t.test('store writes the records once, and read replies them', async (t) => {
  const stored = run(auditPage.initialState(ID), { type: 'store', records: PAGE });
  t.same(stored.events, [{ type: 'stored', records: PAGE }]);
  t.same(stored.reply, { records: PAGE });
  t.same(stored.state, { records: PAGE });
  t.same(run(stored.state, { type: 'read' }), { events: [], reply: { records: PAGE }, state: stored.state });
});

t.test('storing the same records again changes nothing; other records are refused', async (t) => {
  const state = given(auditPage, ID, [{ type: 'store', records: PAGE }]);
  t.same(run(state, { type: 'store', records: PAGE }), { events: [], reply: { records: PAGE }, state });
  t.throws(() => run(state, { type: 'store', records: records(3, 'org.rename') }), rejected('PAGE_EXISTS'));
  t.throws(() => run(state, { type: 'store', records: PAGE.slice(0, 2) }), rejected('PAGE_EXISTS'));
});
