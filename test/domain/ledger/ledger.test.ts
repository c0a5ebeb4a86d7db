/** The ledger kind's pure functions: its parser, its decisions and its fold. */
import t from 'tap';
import { evolveLedger, initialLedger, ledger, MAX_AMOUNT, MAX_NOTE } from '../../../domain/ledger/index.js';
import type { LedgerState } from '../../../domain/ledger/index.js';
import { contextOf, given, invalid, step } from '../kind-harness.js';

const ID = 'acme/cash';

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ type: 'append' }, 'amount'],
    [{ type: 'append', amount: 1.5 }, 'amount'],
    [{ type: 'append', amount: '5' }, 'amount'],
    [{ type: 'append', amount: MAX_AMOUNT + 1 }, 'amount'],
    [{ type: 'append', amount: -MAX_AMOUNT - 1 }, 'amount'],
    [{ type: 'append', amount: 1, note: 7 }, 'note'],
    [{ type: 'append', amount: 1, note: 'x'.repeat(MAX_NOTE + 1) }, 'note'],
    [{ type: 'withdraw', amount: 1 }, 'type'],
    [null, 'type'],
    [42, 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(
      () => ledger.parseCommand(payload),
      invalid(field),
      `${JSON.stringify(payload)?.slice(0, 60)} names ${field}`,
    );
  }
});

t.test('parseCommand keeps a note only when one is given, and takes amounts at the limit', async (t) => {
  t.same(ledger.parseCommand({ type: 'append', amount: -MAX_AMOUNT }), { type: 'append', amount: -MAX_AMOUNT });
  t.notOk('note' in ledger.parseCommand({ type: 'append', amount: 1 }), 'no note key when no note');
  t.same(ledger.parseCommand({ type: 'append', amount: MAX_AMOUNT, note: 'x'.repeat(MAX_NOTE) }), {
    type: 'append',
    amount: MAX_AMOUNT,
    note: 'x'.repeat(MAX_NOTE),
  });
  t.same(ledger.parseCommand({ type: 'read', amount: 3 }), { type: 'read' });
});

t.test('append replies the sequence number its event gets and the totals the fold then shows', async (t) => {
  const first = step(
    ledger,
    ledger.initialState(ID),
    { type: 'append', amount: 30, note: 'rent' },
    contextOf('ledger', ID),
  );
  t.same(first.events, [{ type: 'appended', amount: 30, note: 'rent' }]);
  t.same(first.reply, { seq: 1, count: 1, total: 30 });
  t.same(first.state, { count: 1, total: 30, lastNote: 'rent' });

  const second = step(ledger, first.state, { type: 'append', amount: -12 }, contextOf('ledger', ID, { nextSeq: 9 }));
  t.same(second.events, [{ type: 'appended', amount: -12 }]);
  t.same(second.reply, { seq: 9, count: 2, total: 18 }, 'seq is the context next sequence');
  t.same(second.state, { count: 2, total: 18, lastNote: 'rent' }, 'an append without a note keeps the last note');
});

t.test('read replies the totals and the last note without an event', async (t) => {
  const state = given(ledger, ID, [
    { type: 'append', amount: 5, note: 'a' },
    { type: 'append', amount: 7, note: 'b' },
  ]);
  t.same(step(ledger, state, { type: 'read' }, contextOf('ledger', ID, { nextSeq: 3 })), {
    events: [],
    reply: { count: 2, total: 12, lastNote: 'b' },
    state,
  });
  t.same(step(ledger, initialLedger(), { type: 'read' }, contextOf('ledger', ID)).reply, {
    count: 0,
    total: 0,
    lastNote: null,
  });
});

t.test('the exported fold is the kind fold', async (t) => {
  const state: LedgerState = evolveLedger(initialLedger(), { type: 'appended', amount: 4, note: 'n' });
  t.same(state, ledger.evolve(ledger.initialState(ID), { type: 'appended', amount: 4, note: 'n' }));
  t.same(state, { count: 1, total: 4, lastNote: 'n' });
});
