/** The issue kind's pure functions: its parser, its decisions and its fold. */
import t from 'tap';
import { issue, MAX_COMMENTS } from '../../../domain/issue/index.js';
import type { IssueComment, IssueState } from '../../../domain/issue/index.js';
import { accountIdOf, contextOf, given, invalid, notFound, NOW, rejected, step } from '../kind-harness.js';

const ADA = accountIdOf('ada');
const BOB = accountIdOf('bob');
const ID = 'acme/web/1';
const context = contextOf('issue', ID);
const CREATE = {
  type: 'create',
  title: 'Login fails',
  body: 'On Safari.\nEvery time.',
  column: 'backlog',
  createdBy: ADA,
};
const created = (): IssueState => given(issue, ID, [CREATE]);
const run = (state: IssueState, payload: unknown) => step(issue, state, payload, context);

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ ...CREATE, title: '' }, 'title'],
    [{ ...CREATE, title: 'Login\nfails' }, 'title'],
    [{ ...CREATE, body: undefined }, 'body'],
    [{ ...CREATE, body: 'a\u001b[31mred' }, 'body'],
    [{ ...CREATE, body: 'x'.repeat(20_001) }, 'body'],
    [{ ...CREATE, column: 'Back Log' }, 'column'],
    [{ ...CREATE, createdBy: 'ada' }, 'createdBy'],
    [{ type: 'move' }, 'column'],
    [{ type: 'assign', accountIds: ADA }, 'accountIds'],
    [{ type: 'assign', accountIds: [ADA, 'bob'] }, 'accountIds'],
    [
      {
        type: 'assign',
        accountIds: Array.from({ length: 21 }, (_, n) => accountIdOf(`a${String(n).padStart(2, '0')}`)),
      },
      'accountIds',
    ],
    [{ type: 'label', labels: ['Bug'] }, 'labels'],
    [{ type: 'label', labels: [7] }, 'labels'],
    [{ type: 'comment', accountId: BOB, text: '' }, 'text'],
    [{ type: 'comment', accountId: BOB, text: 'x'.repeat(10_001) }, 'text'],
    [{ type: 'comment', accountId: 'acc_bob', text: 'hi' }, 'accountId'],
    [{ type: 'link', auditSeq: 0 }, 'auditSeq'],
    [{ type: 'link', auditSeq: '3' }, 'auditSeq'],
    [{ type: 'close' }, 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(
      () => issue.parseCommand(payload),
      invalid(field),
      `${JSON.stringify(payload).slice(0, 80)} names ${field}`,
    );
  }
});

t.test('parseCommand takes an empty body, and lists of assignees and labels without duplicates', async (t) => {
  t.same(issue.parseCommand({ ...CREATE, body: '' }), { ...CREATE, body: '' });
  t.same(issue.parseCommand({ type: 'assign', accountIds: [ADA, BOB, ADA] }), {
    type: 'assign',
    accountIds: [ADA, BOB],
  });
  t.same(issue.parseCommand({ type: 'assign', accountIds: [] }), { type: 'assign', accountIds: [] });
  t.same(issue.parseCommand({ type: 'label', labels: ['bug', 'area:gateway', 'bug'] }), {
    type: 'label',
    labels: ['bug', 'area:gateway'],
  });
  t.same(issue.parseCommand({ type: 'link', auditSeq: 12 }), { type: 'link', auditSeq: 12 });
});

t.test('every command but create answers NOT_FOUND before the issue exists', async (t) => {
  const commands = [
    { type: 'get' },
    { type: 'move', column: 'doing' },
    { type: 'assign', accountIds: [ADA] },
    { type: 'label', labels: ['bug'] },
    { type: 'comment', accountId: ADA, text: 'hi' },
    { type: 'link', auditSeq: 1 },
  ];
  for (const command of commands) {
    t.throws(() => run(issue.initialState(ID), command), notFound('issue', ID), command.type);
  }
});

t.test('create records the issue and replies it as its state now stands', async (t) => {
  const done = run(issue.initialState(ID), CREATE);
  t.same(done.events, [
    {
      type: 'created',
      title: 'Login fails',
      body: 'On Safari.\nEvery time.',
      column: 'backlog',
      createdBy: ADA,
      at: NOW,
    },
  ]);
  const expected: IssueState = {
    created: true,
    title: 'Login fails',
    body: 'On Safari.\nEvery time.',
    column: 'backlog',
    createdBy: ADA,
    createdAt: NOW,
    assignees: [],
    labels: [],
    comments: [],
    auditLinks: [],
  };
  t.same(done.reply, expected);
  t.same(done.state, expected);
  t.same(run(done.state, { type: 'get' }), { events: [], reply: expected, state: expected });
  t.throws(() => run(done.state, CREATE), rejected('ALREADY_EXISTS'));
});

t.test('move replies the issue as it then stands; to its own column it changes nothing', async (t) => {
  const moved = run(created(), { type: 'move', column: 'doing' });
  t.same(moved.events, [{ type: 'moved', from: 'backlog', column: 'doing', at: NOW }]);
  t.equal(moved.state.column, 'doing');
  t.same(moved.reply, moved.state);
  t.same(run(moved.state, { type: 'move', column: 'doing' }), {
    events: [],
    reply: moved.state,
    state: moved.state,
  });
});

t.test('assign and label replace the lists and reply the issue as it then stands', async (t) => {
  const assigned = run(created(), { type: 'assign', accountIds: [ADA, BOB] });
  t.same(assigned.events, [{ type: 'assigned', accountIds: [ADA, BOB], at: NOW }]);
  t.same(assigned.reply, assigned.state);
  t.same(assigned.state.assignees, [ADA, BOB]);
  const reassigned = run(assigned.state, { type: 'assign', accountIds: [BOB] });
  t.same(reassigned.state.assignees, [BOB], 'assign replaces, it does not add');

  const labelled = run(reassigned.state, { type: 'label', labels: ['bug', 'area:gateway'] });
  t.same(labelled.events, [{ type: 'labelled', labels: ['bug', 'area:gateway'], at: NOW }]);
  t.same(labelled.reply, labelled.state);
  t.same(run(labelled.state, { type: 'label', labels: [] }).state.labels, [], 'labels can be cleared');
});

t.test('comment numbers comments in order, up to a limit', async (t) => {
  const first = run(created(), { type: 'comment', accountId: BOB, text: 'Same here.' });
  const comment: IssueComment = { id: 1, accountId: BOB, text: 'Same here.', at: NOW };
  t.same(first.events, [{ type: 'commented', comment }]);
  t.same(first.reply, first.state);
  t.same(first.state.comments, [comment]);
  const second = run(first.state, { type: 'comment', accountId: ADA, text: 'Fixed in\nthe next release.' });
  t.same(second.state.comments, [comment, { id: 2, accountId: ADA, text: 'Fixed in\nthe next release.', at: NOW }]);

  const many = Array.from({ length: MAX_COMMENTS }, (_, n): IssueComment => ({
    id: n + 1,
    accountId: BOB,
    text: 'x',
    at: NOW,
  }));
  const full: IssueState = { ...created(), comments: many };
  t.throws(() => run(full, { type: 'comment', accountId: ADA, text: 'one more' }), rejected('TOO_MANY_COMMENTS'));
  t.same(run({ ...full, comments: many.slice(1) }, { type: 'comment', accountId: ADA, text: 'last' }).events, [
    { type: 'commented', comment: { id: MAX_COMMENTS, accountId: ADA, text: 'last', at: NOW } },
  ]);
});

t.test('link records an audit record once', async (t) => {
  const linked = run(created(), { type: 'link', auditSeq: 42 });
  t.same(linked.events, [{ type: 'linked', auditSeq: 42, at: NOW }]);
  t.same(linked.reply, linked.state);
  t.same(linked.state.auditLinks, [42]);
  t.same(run(linked.state, { type: 'link', auditSeq: 42 }), { events: [], reply: linked.state, state: linked.state });
  t.same(run(linked.state, { type: 'link', auditSeq: 43 }).state.auditLinks, [42, 43]);
});
