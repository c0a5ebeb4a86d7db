/** The org kind's pure functions: its parser, its decisions and its fold. */
import t from 'tap';
import { DEFAULT_PROJECT_POLICY, MAX_MEMBERS, MAX_PROJECTS, org } from '../../../domain/org/index.js';
import type { OrgState } from '../../../domain/org/index.js';
import { accountIdOf, contextOf, given, invalid, notFound, NOW, rejected, step } from '../kind-harness.js';

const ADA = accountIdOf('ada');
const BOB = accountIdOf('bob');
const CY = accountIdOf('cy');
const context = contextOf('org', 'acme');
const CREATE = { type: 'create', name: 'Acme', homeRegion: 'eu-north', adminAccountId: ADA };
const created = (): OrgState => given(org, 'acme', [CREATE]);
const run = (state: OrgState, payload: unknown) => step(org, state, payload, context);

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ type: 'create', homeRegion: 'eu-north', adminAccountId: ADA }, 'name'],
    [{ ...CREATE, name: 'Acme\u001b[2J' }, 'name'],
    [{ ...CREATE, name: 'x'.repeat(201) }, 'name'],
    [{ ...CREATE, homeRegion: 'EU-North' }, 'homeRegion'],
    [{ ...CREATE, adminAccountId: 'ada' }, 'adminAccountId'],
    [{ type: 'roleOf' }, 'accountId'],
    [{ type: 'addMember', accountId: BOB, role: 'owner' }, 'role'],
    [{ type: 'addMember', accountId: 'acc_short', role: 'member' }, 'accountId'],
    [{ type: 'removeMember', accountId: 42 }, 'accountId'],
    [{ type: 'rename', name: '' }, 'name'],
    [{ type: 'addProject', projectId: 'Web Site', name: 'Web' }, 'projectId'],
    [{ type: 'addProject', projectId: 'web' }, 'name'],
    [{ type: 'configure', projectDefaults: { externalsNeedSecondFactor: true } }, 'projectDefaults.externalsMayExport'],
    [{ type: 'configure' }, 'projectDefaults.externalsNeedSecondFactor'],
    [{ type: 'delete' }, 'type'],
    [null, 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(() => org.parseCommand(payload), invalid(field), `${JSON.stringify(payload)} names ${field}`);
  }
});

t.test('parseCommand returns each command typed, without extra fields', async (t) => {
  t.same(org.parseCommand({ ...CREATE, extra: 'ignored' }), CREATE);
  t.same(org.parseCommand({ type: 'addMember', accountId: BOB, role: 'guest', admin: true }), {
    type: 'addMember',
    accountId: BOB,
    role: 'guest',
  });
  t.same(
    org.parseCommand({
      type: 'configure',
      projectDefaults: { externalsNeedSecondFactor: true, externalsMayExport: false },
    }),
    {
      type: 'configure',
      projectDefaults: { externalsNeedSecondFactor: true, externalsMayExport: false },
    },
  );
  for (const type of ['get', 'members', 'projects']) t.same(org.parseCommand({ type, x: 1 }), { type });
});

t.test('every command but create answers NOT_FOUND before the org exists', async (t) => {
  const commands = [
    { type: 'get' },
    { type: 'roleOf', accountId: ADA },
    { type: 'members' },
    { type: 'addMember', accountId: ADA, role: 'admin' },
    { type: 'removeMember', accountId: ADA },
    { type: 'rename', name: 'Acme' },
    { type: 'addProject', projectId: 'web', name: 'Web' },
    { type: 'configure', projectDefaults: DEFAULT_PROJECT_POLICY },
    { type: 'projects' },
  ];
  for (const command of commands) {
    t.throws(() => run(org.initialState('acme'), command), notFound('org', 'acme'), command.type);
  }
});

t.test('create makes the creator the only admin and replies the view its state shows', async (t) => {
  const done = run(org.initialState('acme'), CREATE);
  t.same(done.events, [{ type: 'created', name: 'Acme', homeRegion: 'eu-north', adminAccountId: ADA, at: NOW }]);
  const view = {
    orgId: 'acme',
    name: 'Acme',
    homeRegion: 'eu-north',
    createdAt: NOW,
    memberCount: 1,
    projectDefaults: DEFAULT_PROJECT_POLICY,
  };
  t.same(done.reply, view);
  t.same(done.state.members, { [ADA]: { role: 'admin', since: NOW } });
  t.same(run(done.state, { type: 'get' }), { events: [], reply: view, state: done.state }, 'get replies the same view');
  t.throws(() => run(done.state, CREATE), rejected('ALREADY_EXISTS'), 'a second create is refused');
});

t.test('roleOf and members read the members without changing anything', async (t) => {
  const state = given(org, 'acme', [CREATE, { type: 'addMember', accountId: BOB, role: 'guest' }]);
  t.same(run(state, { type: 'roleOf', accountId: BOB }), { events: [], reply: { role: 'guest' }, state });
  t.same(run(state, { type: 'roleOf', accountId: CY }).reply, { role: null }, 'a stranger has no role');
  t.same(run(state, { type: 'members' }), {
    events: [],
    reply: {
      members: [
        { accountId: ADA, role: 'admin', since: NOW },
        { accountId: BOB, role: 'guest', since: NOW },
      ],
    },
    state,
  });
});

t.test('addMember sets a role, keeps the member since date, and is a no-op for the same role', async (t) => {
  const joined = run(created(), { type: 'addMember', accountId: BOB, role: 'member' });
  t.same(joined.events, [{ type: 'memberSet', accountId: BOB, role: 'member', at: NOW }]);
  t.same(joined.reply, { ok: true });
  t.same(joined.state.members[BOB], { role: 'member', since: NOW });

  t.same(run(joined.state, { type: 'addMember', accountId: BOB, role: 'member' }).events, [], 'same role: no event');

  const earlier = {
    ...joined.state,
    members: { ...joined.state.members, [BOB]: { role: 'member' as const, since: 5 } },
  };
  const promoted = run(earlier, { type: 'addMember', accountId: BOB, role: 'admin' });
  t.same(promoted.events, [{ type: 'memberSet', accountId: BOB, role: 'admin', at: NOW }]);
  t.same(promoted.state.members[BOB], { role: 'admin', since: 5 }, 'a role change keeps the date of joining');
});

t.test('the last admin can be neither demoted nor removed; with a second admin both work', async (t) => {
  const state = given(org, 'acme', [CREATE, { type: 'addMember', accountId: BOB, role: 'member' }]);
  t.throws(() => run(state, { type: 'addMember', accountId: ADA, role: 'member' }), rejected('LAST_ADMIN'));
  t.throws(() => run(state, { type: 'removeMember', accountId: ADA }), rejected('LAST_ADMIN'));
  t.same(run(state, { type: 'removeMember', accountId: BOB }).events, [
    { type: 'memberRemoved', accountId: BOB, at: NOW },
  ]);

  const twoAdmins = run(state, { type: 'addMember', accountId: BOB, role: 'admin' }).state;
  const demoted = run(twoAdmins, { type: 'addMember', accountId: ADA, role: 'guest' });
  t.same(demoted.state.members[ADA]?.role, 'guest');
  const removed = run(twoAdmins, { type: 'removeMember', accountId: ADA });
  t.same(removed.events, [{ type: 'memberRemoved', accountId: ADA, at: NOW }]);
  t.same(removed.reply, { ok: true });
  t.same(Object.keys(removed.state.members), [BOB], 'the removed admin is gone from the state');
});

t.test('removeMember of someone who is not a member changes nothing', async (t) => {
  const state = created();
  t.same(run(state, { type: 'removeMember', accountId: CY }), { events: [], reply: { ok: true }, state });
});

t.test(`an org holds at most ${MAX_MEMBERS} members, but a member's role still changes when full`, async (t) => {
  const base = created();
  // Fixed-width names, so that no two of them pad to the same id.
  const memberId = (n: number) => accountIdOf(`m${String(n).padStart(5, '0')}`);
  const members = (count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, n) => [memberId(n), { role: 'member' as const, since: NOW }]));
  const full: OrgState = { ...base, members: { ...members(MAX_MEMBERS - 1), [ADA]: { role: 'admin', since: NOW } } };
  t.equal(Object.keys(full.members).length, MAX_MEMBERS);
  t.throws(() => run(full, { type: 'addMember', accountId: BOB, role: 'member' }), rejected('TOO_MANY_MEMBERS'));
  t.same(run(full, { type: 'addMember', accountId: memberId(7), role: 'guest' }).events, [
    { type: 'memberSet', accountId: memberId(7), role: 'guest', at: NOW },
  ]);
  const room: OrgState = { ...base, members: { ...members(MAX_MEMBERS - 2), [ADA]: { role: 'admin', since: NOW } } };
  t.same(run(room, { type: 'addMember', accountId: BOB, role: 'member' }).reply, { ok: true }, 'one below the limit');
});

t.test('rename records the new name and replies the renamed view', async (t) => {
  const done = run(created(), { type: 'rename', name: 'Acme Corp' });
  t.same(done.events, [{ type: 'renamed', name: 'Acme Corp', at: NOW }]);
  t.match(done.reply, { orgId: 'acme', name: 'Acme Corp', memberCount: 1 });
  t.equal(done.state.name, 'Acme Corp');
  t.same(run(done.state, { type: 'get' }).reply, done.reply);
});

t.test('addProject lists a project once; projects lists them', async (t) => {
  const added = run(created(), { type: 'addProject', projectId: 'web', name: 'Website' });
  t.same(added.events, [{ type: 'projectAdded', projectId: 'web', name: 'Website', at: NOW }]);
  t.same(added.reply, { ok: true });
  const again = run(added.state, { type: 'addProject', projectId: 'web', name: 'Other name' });
  t.same(again.events, [], 'adding the same project id again is a no-op');
  t.same(run(again.state, { type: 'projects' }).reply, {
    projects: [{ projectId: 'web', name: 'Website', createdAt: NOW }],
  });
  t.same(run(created(), { type: 'projects' }).reply, { projects: [] });
});

t.test(`an org holds at most ${MAX_PROJECTS} projects`, async (t) => {
  const base = created();
  const projects = Object.fromEntries(
    Array.from({ length: MAX_PROJECTS }, (_, n) => [`p${n}`, { name: `P${n}`, createdAt: NOW }]),
  );
  const full: OrgState = { ...base, projects };
  t.throws(() => run(full, { type: 'addProject', projectId: 'web', name: 'Web' }), rejected('TOO_MANY_PROJECTS'));
  t.same(run(full, { type: 'addProject', projectId: 'p3', name: 'P3' }).events, [], 'a known project is still a no-op');
});

t.test('configure sets the policy new projects start with, and get shows it', async (t) => {
  const policy = { externalsNeedSecondFactor: true, externalsMayExport: false };
  const done = run(created(), { type: 'configure', projectDefaults: policy });
  t.same(done.events, [{ type: 'configured', projectDefaults: policy, at: NOW }]);
  t.match(done.reply, { orgId: 'acme', projectDefaults: policy });
  t.same(done.state.projectDefaults, policy);
  t.same(run(done.state, { type: 'get' }).reply, done.reply);
  t.same(org.initialState('acme').projectDefaults, DEFAULT_PROJECT_POLICY);
  t.same(DEFAULT_PROJECT_POLICY, { externalsNeedSecondFactor: false, externalsMayExport: true });
});

t.test('evolve: created resets the org to its creator, memberRemoved drops only that member', async (t) => {
  const state = given(org, 'acme', [
    CREATE,
    { type: 'addMember', accountId: BOB, role: 'member' },
    { type: 'addMember', accountId: CY, role: 'guest' },
  ]);
  const after = org.evolve(state, { type: 'memberRemoved', accountId: BOB, at: NOW + 1 });
  t.same(after.members, { [ADA]: { role: 'admin', since: NOW }, [CY]: { role: 'guest', since: NOW } });
  t.same(state.members[BOB], { role: 'member', since: NOW }, 'the earlier state is not changed');
});
