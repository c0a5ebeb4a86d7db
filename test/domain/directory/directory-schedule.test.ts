/**
 * The directory's scheduled sync, in the kinds' pure functions: the schedule lists the orgs that
 * sync by themselves, and an org's directory grants a due sync to one scheduler per interval.
 */
import t from 'tap';
import { DIRECTORY_SCHEDULE_ID, directory, directorySchedule } from '../../../domain/directory/index.js';
import type { DirectoryConfig } from '../../../domain/directory/index.js';
import { contextOf, invalid, NOW, rejected, step } from '../kind-harness.js';

const CONFIG: DirectoryConfig = {
  flavor: 'openldap',
  url: 'ldaps://ldap.example.org',
  caPem: '',
  bindDn: 'cn=redoubt,dc=example,dc=org',
  bindPassword: 'secret',
  baseDn: 'dc=example,dc=org',
  userFilter: '(objectClass=inetOrgPerson)',
  loginAttribute: 'uid',
  emailAttribute: 'mail',
  nameAttribute: 'cn',
  groupRoles: [],
  defaultRole: 'member',
  syncIntervalS: 60,
  passwordWriteBack: false,
  tlsServerName: '',
};

t.test('the schedule enrols, changes and drops orgs', async (t) => {
  const context = contextOf('directory-schedule', DIRECTORY_SCHEDULE_ID);
  const run = (state: ReturnType<typeof directorySchedule.initialState>, payload: unknown) =>
    step(directorySchedule, state, payload, context);
  let state = directorySchedule.initialState(DIRECTORY_SCHEDULE_ID);
  state = run(state, { type: 'set', orgId: 'acme', intervalS: 60 }).state;
  state = run(state, { type: 'set', orgId: 'globex', intervalS: 300 }).state;
  t.same(run(state, { type: 'set', orgId: 'acme', intervalS: 60 }).events, [], 'the same interval again is a no-op');
  t.same(run(state, { type: 'set', orgId: 'initech', intervalS: 0 }).events, [], 'dropping what is not there too');
  state = run(state, { type: 'set', orgId: 'acme', intervalS: 0 }).state;
  t.same(run(state, { type: 'list' }).reply, { orgs: [{ orgId: 'globex', intervalS: 300 }] });
  t.throws(() => directorySchedule.parseCommand({ type: 'set', orgId: 'Acme!', intervalS: 1 }), invalid('orgId'));
  t.throws(
    () => directorySchedule.parseCommand({ type: 'set', orgId: 'acme', intervalS: 86_401 }),
    invalid('intervalS'),
  );
});

t.test('a due sync is granted once per interval', async (t) => {
  const at = (offsetS: number) => ({ ...contextOf('directory', 'acme'), now: NOW + offsetS * 1000 });
  const configured = step(directory, directory.initialState('acme'), { type: 'configure', config: CONFIG }, at(0));
  const claim = (state: typeof configured.state, offsetS: number) =>
    step(directory, state, { type: 'claimSync' }, at(offsetS));
  t.same(claim(configured.state, 59).reply, { due: false }, 'not before the interval has passed');
  const first = claim(configured.state, 60);
  t.same(first.reply, { due: true });
  t.same(first.events, [{ type: 'syncClaimed', at: NOW + 60_000 }]);
  t.same(claim(first.state, 61).reply, { due: false }, 'a second scheduler asking meanwhile is not granted it');
  const synced = step(
    directory,
    first.state,
    {
      type: 'synced',
      from: '',
      to: '20250102030405Z',
      stats: { created: 1, updated: 0, deactivated: 0, reactivated: 0 },
      error: '',
    },
    at(70),
  );
  t.same(claim(synced.state, 125).reply, { due: false }, 'the interval counts from the last sync');
  t.same(claim(synced.state, 130).reply, { due: true });

  const manual = step(
    directory,
    configured.state,
    { type: 'configure', config: { ...CONFIG, syncIntervalS: 0 } },
    at(0),
  );
  t.same(claim(manual.state, 100_000).reply, { due: false }, 'an interval of 0 never syncs by itself');
  t.throws(
    () => directory.parseCommand({ type: 'configure', config: { ...CONFIG, syncIntervalS: 5 } }),
    invalid('syncIntervalS'),
  );
  t.throws(
    () =>
      directory.parseCommand({
        type: 'configure',
        config: { ...CONFIG, url: 'ldap://ldap.example.org', passwordWriteBack: true },
      }),
    invalid('passwordWriteBack'),
  );
  t.throws(
    () => step(directory, directory.initialState('acme'), { type: 'claimSync' }, at(0)),
    rejected('NO_DIRECTORY'),
  );
});
