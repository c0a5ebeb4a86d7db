/** The org-index kind's pure functions: its parser, its decisions and its fold. */
import t from 'tap';
import { MAX_INDEXED_ORGS, ORG_INDEX_ID, orgIndex } from '../../../domain/org-index/index.js';
import type { IndexedOrg, OrgIndexState } from '../../../domain/org-index/index.js';
import { contextOf, given, invalid, notFound, NOW, rejected, step } from '../kind-harness.js';

const context = contextOf('org-index', ORG_INDEX_ID);
const run = (state: OrgIndexState, payload: unknown) => step(orgIndex, state, payload, context);
const ADD_ACME = { type: 'add', orgId: 'acme', name: 'Acme', homeRegion: 'eu-north' };
const ACME: IndexedOrg = { orgId: 'acme', name: 'Acme', homeRegion: 'eu-north', createdAt: NOW };

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ ...ADD_ACME, orgId: 'Acme!' }, 'orgId'],
    [{ ...ADD_ACME, orgId: undefined }, 'orgId'],
    [{ ...ADD_ACME, name: undefined }, 'name'],
    [{ ...ADD_ACME, name: 'Ac\u202eme' }, 'name'],
    [{ ...ADD_ACME, homeRegion: '1-north' }, 'homeRegion'],
    [{ type: 'rename', orgId: '-acme', name: 'Acme' }, 'orgId'],
    [{ type: 'rename', orgId: 'acme', name: 'x'.repeat(201) }, 'name'],
    [{ type: 'remove', orgId: 'acme' }, 'type'],
    ['list', 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(() => orgIndex.parseCommand(payload), invalid(field), `${JSON.stringify(payload)} names ${field}`);
  }
  t.same(orgIndex.parseCommand({ ...ADD_ACME, createdAt: 1 }), ADD_ACME, 'the caller does not choose createdAt');
  t.same(orgIndex.parseCommand({ type: 'list', orgId: 'acme' }), { type: 'list' });
});

t.test('add indexes an org at the time of the command, once', async (t) => {
  const added = run(orgIndex.initialState(ORG_INDEX_ID), ADD_ACME);
  t.same(added.events, [{ type: 'added', org: ACME }]);
  t.same(added.reply, { ok: true });
  t.same(added.state.orgs, { acme: ACME });
  const again = run(added.state, { ...ADD_ACME, name: 'Another name' });
  t.same(again.events, [], 'an org indexed already is not added again');
  t.same(again.state.orgs['acme']?.name, 'Acme');
});

t.test('list replies every indexed org', async (t) => {
  t.same(run(orgIndex.initialState(ORG_INDEX_ID), { type: 'list' }).reply, { orgs: [] });
  const state = given(orgIndex, ORG_INDEX_ID, [
    ADD_ACME,
    { type: 'add', orgId: 'globex', name: 'Globex', homeRegion: 'us-east' },
  ]);
  const listed = run(state, { type: 'list' });
  t.same(listed.events, []);
  t.same(listed.reply, { orgs: [ACME, { orgId: 'globex', name: 'Globex', homeRegion: 'us-east', createdAt: NOW }] });
});

t.test('rename renames an indexed org, is a no-op for the same name, and NOT_FOUND for an unknown org', async (t) => {
  const state = given(orgIndex, ORG_INDEX_ID, [ADD_ACME]);
  const renamed = run(state, { type: 'rename', orgId: 'acme', name: 'Acme Corp' });
  t.same(renamed.events, [{ type: 'renamed', orgId: 'acme', name: 'Acme Corp' }]);
  t.same(renamed.reply, { ok: true });
  t.same(
    run(renamed.state, { type: 'list' }).reply,
    { orgs: [{ ...ACME, name: 'Acme Corp' }] },
    'listed by its new name',
  );
  t.same(run(state, { type: 'rename', orgId: 'acme', name: 'Acme' }).events, [], 'the same name: no event');
  t.throws(() => run(state, { type: 'rename', orgId: 'globex', name: 'Globex' }), notFound('org', 'globex'));
});

t.test(`the index holds at most ${MAX_INDEXED_ORGS} orgs`, async (t) => {
  const orgs = Object.fromEntries(
    Array.from({ length: MAX_INDEXED_ORGS }, (_, n) => [`o${n}`, { ...ACME, orgId: `o${n}` }]),
  );
  const full: OrgIndexState = { orgs };
  t.throws(() => run(full, ADD_ACME), rejected('TOO_MANY_ORGS'));
  t.same(run(full, { ...ADD_ACME, orgId: 'o5' }).events, [], 'an org indexed already is still a no-op');
  const room = Object.fromEntries(Object.entries(orgs).slice(1));
  t.same(run({ orgs: room }, ADD_ACME).events, [{ type: 'added', org: ACME }], 'one below the limit');
});

t.test('evolve: a rename of an org the index does not hold leaves the state as it is', async (t) => {
  const state = given(orgIndex, ORG_INDEX_ID, [ADD_ACME]);
  t.equal(orgIndex.evolve(state, { type: 'renamed', orgId: 'globex', name: 'Globex' }), state);
  t.same(orgIndex.evolve(state, { type: 'renamed', orgId: 'acme', name: 'A' }).orgs, { acme: { ...ACME, name: 'A' } });
});
