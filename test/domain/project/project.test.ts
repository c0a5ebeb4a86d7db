/** The project kind's pure functions: its parser, its decisions and its fold. */
import t from 'tap';
import { DEFAULT_COLUMNS, MAX_ISSUES, project } from '../../../domain/project/index.js';
import type { ProjectState } from '../../../domain/project/index.js';
import { accountIdOf, contextOf, given, invalid, notFound, NOW, rejected, step } from '../kind-harness.js';

const ADA = accountIdOf('ada');
const BOB = accountIdOf('bob');
const EVE = accountIdOf('eve');
const ID = 'acme/web';
const context = contextOf('project', ID);
const POLICY = { externalsNeedSecondFactor: false, externalsMayExport: true };
const STRICT = { externalsNeedSecondFactor: true, externalsMayExport: false };
const CREATE = { type: 'create', name: 'Website', adminAccountId: ADA, policy: POLICY };
const created = (): ProjectState => given(project, ID, [CREATE]);
const run = (state: ProjectState, payload: unknown) => step(project, state, payload, context);

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ ...CREATE, name: undefined }, 'name'],
    [{ ...CREATE, name: 'Web\nsite' }, 'name'],
    [{ ...CREATE, adminAccountId: 'acc_' }, 'adminAccountId'],
    [{ ...CREATE, columns: [] }, 'columns'],
    [{ ...CREATE, columns: 'backlog' }, 'columns'],
    [{ ...CREATE, columns: ['todo', 'todo'] }, 'columns'],
    [{ ...CREATE, columns: ['To Do'] }, 'columns'],
    [{ ...CREATE, columns: Array.from({ length: 21 }, (_, n) => `c${n}`) }, 'columns'],
    [{ ...CREATE, policy: undefined }, 'policy.externalsNeedSecondFactor'],
    [
      { ...CREATE, policy: { externalsNeedSecondFactor: 'yes', externalsMayExport: true } },
      'policy.externalsNeedSecondFactor',
    ],
    [{ type: 'roleOf', accountId: 'bob' }, 'accountId'],
    [{ type: 'addMember', accountId: BOB, role: 'member' }, 'external'],
    [{ type: 'addMember', accountId: BOB, role: 'member', external: 'no' }, 'external'],
    [{ type: 'addMember', accountId: BOB, role: 'owner', external: false }, 'role'],
    [{ type: 'addMember', role: 'member', external: false }, 'accountId'],
    [{ type: 'removeMember' }, 'accountId'],
    [{ type: 'setPolicy', policy: { externalsNeedSecondFactor: true } }, 'policy.externalsMayExport'],
    [{ type: 'configureBoard' }, 'columns'],
    [{ type: 'openIssue', column: 'backlog' }, 'title'],
    [{ type: 'openIssue', title: 'Bug', column: 'Back log' }, 'column'],
    [{ type: 'indexIssue', issue: { number: 0, title: 'Bug', column: 'doing' } }, 'number'],
    [{ type: 'moveCard', number: 0, column: 'doing' }, 'number'],
    [{ type: 'moveCard', number: 1 }, 'column'],
    [{ type: 'indexIssue', issue: { number: MAX_ISSUES + 1, title: 'Bug', column: 'doing' } }, 'number'],
    [{ type: 'indexIssue', issue: { number: 1.5, title: 'Bug', column: 'doing' } }, 'number'],
    [{ type: 'indexIssue', issue: { number: 1, column: 'doing' } }, 'title'],
    [{ type: 'indexIssue', issue: { number: 1, title: 'Bug' } }, 'column'],
    [{ type: 'archive' }, 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(() => project.parseCommand(payload), invalid(field), `${JSON.stringify(payload)} names ${field}`);
  }
});

t.test('parseCommand gives a new board the default columns unless it names its own', async (t) => {
  t.same(project.parseCommand(CREATE), { ...CREATE, columns: [...DEFAULT_COLUMNS] });
  t.same(project.parseCommand({ ...CREATE, columns: ['todo', 'done'] }), { ...CREATE, columns: ['todo', 'done'] });
  t.same(project.parseCommand({ type: 'addMember', accountId: EVE, role: 'guest', external: true }), {
    type: 'addMember',
    accountId: EVE,
    role: 'guest',
    external: true,
  });
  for (const type of ['get', 'issues']) t.same(project.parseCommand({ type, x: 1 }), { type });
});

t.test('every command but create answers NOT_FOUND before the project exists', async (t) => {
  const commands = [
    { type: 'get' },
    { type: 'roleOf', accountId: ADA },
    { type: 'addMember', accountId: ADA, role: 'admin', external: false },
    { type: 'removeMember', accountId: ADA },
    { type: 'setPolicy', policy: POLICY },
    { type: 'configureBoard', columns: ['todo'] },
    { type: 'openIssue', title: 'Bug', column: 'backlog' },
    { type: 'indexIssue', issue: { number: 1, title: 'Bug', column: 'backlog' } },
    { type: 'issues' },
  ];
  for (const command of commands) {
    t.throws(() => run(project.initialState(ID), command), notFound('project', ID), command.type);
  }
});

t.test('create makes the creator an internal admin and replies the view its state shows', async (t) => {
  const done = run(project.initialState(ID), { ...CREATE, columns: ['todo', 'done'], policy: STRICT });
  t.same(done.events, [
    { type: 'created', name: 'Website', adminAccountId: ADA, columns: ['todo', 'done'], policy: STRICT, at: NOW },
  ]);
  const view = {
    name: 'Website',
    createdAt: NOW,
    policy: STRICT,
    columns: ['todo', 'done'],
    memberCount: 1,
    issueCount: 0,
  };
  t.same(done.reply, view);
  t.same(done.state.members, { [ADA]: { role: 'admin', external: false, since: NOW } });
  t.same(run(done.state, { type: 'get' }), { events: [], reply: view, state: done.state });
  t.throws(() => run(done.state, CREATE), rejected('ALREADY_EXISTS'));
});

t.test('roleOf replies the role, whether the member is external, and the policy', async (t) => {
  const state = given(project, ID, [
    { ...CREATE, policy: STRICT },
    { type: 'addMember', accountId: EVE, role: 'guest', external: true },
  ]);
  t.same(run(state, { type: 'roleOf', accountId: ADA }).reply, { role: 'admin', external: false, policy: STRICT });
  t.same(run(state, { type: 'roleOf', accountId: EVE }).reply, { role: 'guest', external: true, policy: STRICT });
  t.same(run(state, { type: 'roleOf', accountId: BOB }), {
    events: [],
    reply: { role: null, external: false, policy: STRICT },
    state,
  });
});

t.test('addMember records the member every time, keeping the date they joined', async (t) => {
  const joined = run(created(), { type: 'addMember', accountId: EVE, role: 'guest', external: true });
  t.same(joined.events, [{ type: 'memberSet', accountId: EVE, role: 'guest', external: true, at: NOW }]);
  t.same(joined.reply, { ok: true });
  t.same(joined.state.members[EVE], { role: 'guest', external: true, since: NOW });
  const earlier = {
    ...joined.state,
    members: { ...joined.state.members, [EVE]: { role: 'guest' as const, external: true, since: 9 } },
  };
  const internal = run(earlier, { type: 'addMember', accountId: EVE, role: 'member', external: false });
  t.same(internal.events, [{ type: 'memberSet', accountId: EVE, role: 'member', external: false, at: NOW }]);
  t.same(internal.state.members[EVE], { role: 'member', external: false, since: 9 });
  t.match(run(internal.state, { type: 'get' }).reply, { memberCount: 2 }, 'still two members');
});

t.test('removeMember removes a member, and changes nothing for a stranger', async (t) => {
  const state = given(project, ID, [CREATE, { type: 'addMember', accountId: BOB, role: 'member', external: false }]);
  const removed = run(state, { type: 'removeMember', accountId: BOB });
  t.same(removed.events, [{ type: 'memberRemoved', accountId: BOB, at: NOW }]);
  t.same(removed.reply, { ok: true });
  t.same(Object.keys(removed.state.members), [ADA]);
  t.same(run(removed.state, { type: 'removeMember', accountId: BOB }), {
    events: [],
    reply: { ok: true },
    state: removed.state,
  });
});

t.test('setPolicy records the policy and replies the view with it', async (t) => {
  const done = run(created(), { type: 'setPolicy', policy: STRICT });
  t.same(done.events, [{ type: 'policySet', policy: STRICT, at: NOW }]);
  t.match(done.reply, { name: 'Website', policy: STRICT, memberCount: 1 });
  t.same(done.state.policy, STRICT);
  t.same(run(done.state, { type: 'roleOf', accountId: ADA }).reply, { role: 'admin', external: false, policy: STRICT });
});

t.test('openIssue numbers issues in order and indexes them in a column of the board', async (t) => {
  const first = run(created(), { type: 'openIssue', title: 'Login fails', column: 'backlog' });
  t.same(first.events, [
    { type: 'issueIndexed', issue: { number: 1, title: 'Login fails', column: 'backlog' }, at: NOW },
  ]);
  t.same(first.reply, { number: 1 });
  const second = run(first.state, { type: 'openIssue', title: 'Slow page', column: 'doing' });
  t.same(second.reply, { number: 2 });
  t.same(run(second.state, { type: 'issues' }).reply, {
    issues: [
      { number: 1, title: 'Login fails', column: 'backlog' },
      { number: 2, title: 'Slow page', column: 'doing' },
    ],
  });
  t.match(run(second.state, { type: 'get' }).reply, { issueCount: 2 });
  t.throws(() => run(second.state, { type: 'openIssue', title: 'Bug', column: 'later' }), rejected('NO_SUCH_COLUMN'));
});

t.test(`a project holds at most ${MAX_ISSUES} issues`, async (t) => {
  const base = created();
  const issues = Object.fromEntries(
    Array.from({ length: MAX_ISSUES }, (_, n) => [
      String(n + 1),
      { number: n + 1, title: `I${n + 1}`, column: 'backlog' },
    ]),
  );
  t.throws(
    () => run({ ...base, issues }, { type: 'openIssue', title: 'Bug', column: 'backlog' }),
    rejected('TOO_MANY_ISSUES'),
  );
  const room = Object.fromEntries(Object.entries(issues).filter(([number]) => number !== String(MAX_ISSUES)));
  t.same(run({ ...base, issues: room }, { type: 'openIssue', title: 'Bug', column: 'backlog' }).reply, {
    number: MAX_ISSUES,
  });
});

t.test('indexIssue updates an issue the project numbered, in a column of the board', async (t) => {
  const state = given(project, ID, [CREATE, { type: 'openIssue', title: 'Login fails', column: 'backlog' }]);
  const moved = run(state, {
    type: 'indexIssue',
    issue: { number: 1, title: 'Login fails on Safari', column: 'review' },
  });
  t.same(moved.events, [
    { type: 'issueIndexed', issue: { number: 1, title: 'Login fails on Safari', column: 'review' }, at: NOW },
  ]);
  t.same(moved.reply, { ok: true });
  t.same(run(moved.state, { type: 'issues' }).reply, {
    issues: [{ number: 1, title: 'Login fails on Safari', column: 'review' }],
  });
  t.throws(
    () => run(state, { type: 'indexIssue', issue: { number: 2, title: 'Ghost', column: 'backlog' } }),
    notFound('issue', `${ID}/2`),
    'an issue number the project never gave out',
  );
  t.throws(
    () => run(state, { type: 'indexIssue', issue: { number: 1, title: 'Login fails', column: 'later' } }),
    rejected('NO_SUCH_COLUMN'),
  );
});

t.test(
  'moveCard checks the card and the column, then moves the card; to its own column it changes nothing',
  async (t) => {
    const state = given(project, ID, [CREATE, { type: 'openIssue', title: 'Login fails', column: 'backlog' }]);
    const moved = run(state, { type: 'moveCard', number: 1, column: 'review' });
    t.same(moved.events, [
      { type: 'issueIndexed', issue: { number: 1, title: 'Login fails', column: 'review' }, at: NOW },
    ]);
    t.same(moved.reply, { ok: true });
    t.same(run(moved.state, { type: 'moveCard', number: 1, column: 'review' }).events, [], 'already there');
    t.throws(() => run(state, { type: 'moveCard', number: 2, column: 'review' }), notFound('issue', `${ID}/2`));
    t.throws(() => run(state, { type: 'moveCard', number: 1, column: 'later' }), rejected('NO_SUCH_COLUMN'));
  },
);

t.test('configureBoard replaces the columns, but keeps every column an issue stands in', async (t) => {
  const state = given(project, ID, [CREATE, { type: 'openIssue', title: 'Login fails', column: 'doing' }]);
  const done = run(state, { type: 'configureBoard', columns: ['todo', 'doing', 'shipped'] });
  t.same(done.events, [{ type: 'boardConfigured', columns: ['todo', 'doing', 'shipped'], at: NOW }]);
  t.match(done.reply, { columns: ['todo', 'doing', 'shipped'], issueCount: 1 });
  t.same(done.state.columns, ['todo', 'doing', 'shipped']);
  t.throws(() => run(state, { type: 'configureBoard', columns: ['todo', 'done'] }), rejected('COLUMN_IN_USE'));
  t.throws(() => run(done.state, { type: 'openIssue', title: 'Bug', column: 'backlog' }), rejected('NO_SUCH_COLUMN'));
  t.same(run(done.state, { type: 'openIssue', title: 'Bug', column: 'shipped' }).reply, { number: 2 });
});

t.test('a project starts with the default board and a policy that lets externals export', async (t) => {
  const state = project.initialState(ID);
  t.same(state.columns, ['backlog', 'doing', 'review', 'done']);
  t.same(state.policy, POLICY);
  t.equal(state.created, false);
});
