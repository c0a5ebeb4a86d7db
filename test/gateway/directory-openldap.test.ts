/**
 * Signing in with an org's OpenLDAP directory (a private slapd on loopback): the directory set by
 * an org admin at AAL2 (refused when the service account cannot bind, or TLS does not verify), a
 * user's first sign-in making the account with the role its group maps to, wrong passwords and
 * users in no mapped group refused, accounts keyed on entryUUID (a renamed DN is the same
 * person), never joined to an existing account by address; a sync that updates, creates and
 * deactivates; the service account's password nowhere readable on disk.
 */
import t from 'tap';
import { Client } from 'ldapts';
import { startTestGateway } from '../helpers/gateway.js';
import { PROJECT, setUpRoles } from '../helpers/gateway-roles.js';
import { refusal } from '../helpers/refusal.js';
import { enrolTotp } from '../helpers/step-up.js';
import { startSlapd } from '../helpers/slapd.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';
import { filesContaining } from '../helpers/grep-files.js';

interface Tokens {
  accountId: string;
  accessToken: string;
  refreshToken: string;
  assuranceLevel: number;
  factors: { kind: string }[];
}

t.test('OpenLDAP: set, sign in (first sign-in makes the account), refusals, sync', async (t) => {
  await using gw = await startTestGateway();
  await using slapd = await startSlapd();
  const fixture = await setUpRoles(gw);
  const { orgId } = fixture;
  const admin = (await enrolTotp(gw.api, fixture.callers.admin)).api;
  const [alice, bob, carol] = slapd.users;
  const settings = {
    orgId,
    flavor: 'openldap',
    url: slapd.url,
    caPem: slapd.ca,
    bindDn: slapd.bindDn,
    bindPassword: slapd.bindPassword,
    baseDn: slapd.baseDn,
    groupRoles: [{ groupDn: slapd.engineersDn, role: 'ROLE_MEMBER' }],
  };

  t.match(
    await refusal(fixture.callers.admin.call('DirectoryService', 'SetDirectory', settings)),
    {
      reason: 'STEP_UP_REQUIRED',
    },
    'setting the directory needs AAL2',
  );
  t.match(
    await refusal(admin.call('DirectoryService', 'SetDirectory', { ...settings, bindPassword: 'wrong' })),
    {
      code: 'UNAVAILABLE',
      message: /service account could not bind/,
    },
    'a service account that cannot bind is refused now, not at the first sign-in',
  );
  t.match(
    await refusal(admin.call('DirectoryService', 'SetDirectory', { ...settings, caPem: '' })),
    {
      code: 'UNAVAILABLE',
      message: /StartTLS .* failed.*never sends passwords in the clear/,
    },
    'a certificate that does not verify stops StartTLS, and nothing is sent in the clear',
  );
  const set = await admin.call<Record<string, unknown>>('DirectoryService', 'SetDirectory', settings);
  t.match(set, {
    flavor: 'openldap',
    userFilter: '(objectClass=inetOrgPerson)',
    loginAttribute: 'uid',
    linkedUsers: 0,
  });
  t.notOk('bindPassword' in set, 'the service account password is never answered');

  const login = (user: { uid: string }, password: string) =>
    gw.api.call<Tokens>('DirectoryService', 'LoginWithDirectory', {
      orgId,
      username: user.uid,
      password,
      device: 'test',
    });
  const first = await login(alice, alice.password);
  t.equal(first.assuranceLevel, 1, 'a directory password is one factor');
  t.same(
    first.factors.map((factor) => factor.kind),
    ['ldap'],
  );
  const members = await admin.call<{ members: { accountId: string; role: string }[] }>('OrgService', 'ListMembers', {
    orgId,
  });
  t.match(
    members.members.find((member) => member.accountId === first.accountId),
    { role: 'ROLE_MEMBER' },
    'the group gave the role',
  );
  const profile = await gw.api.withToken(first.accessToken).call<{ email: string }>('AccountService', 'GetMe', {});
  t.equal(profile.email, alice.mail, 'with the directory address');
  t.equal((await login(alice, alice.password)).accountId, first.accountId, 'the next sign-in finds the same account');

  t.match(await refusal(login(alice, 'wrong')), { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
  t.match(await refusal(login({ uid: 'nobody' }, 'x')), { code: 'UNAUTHENTICATED', reason: 'BAD_CREDENTIALS' });
  t.match(
    await refusal(login({ uid: 'alice)(uid=*' }, alice.password)),
    { reason: 'BAD_CREDENTIALS' },
    'filters are escaped',
  );
  t.match(
    await refusal(login(bob, bob.password)),
    { code: 'PERMISSION_DENIED', reason: 'NO_DIRECTORY_ROLE' },
    'bob is in no mapped group',
  );
  t.match(
    await refusal(gw.api.call('AuthService', 'Login', { email: alice.mail, password: alice.password })),
    { code: 'UNAUTHENTICATED' },
    'a directory account never signs in by Redoubt password',
  );

  // Carol's address has a Redoubt account already: she is not joined to it by address.
  await gw.signUpAndLogin(carol.mail);
  await slapd.modify(slapd.engineersDn, { member: [alice.dn, carol.dn] });
  t.match(await refusal(login(carol, carol.password)), { code: 'PERMISSION_DENIED', reason: 'EMAIL_TAKEN' });

  // Renamed in the directory (a new DN): the same person, by entryUUID.
  const ldap = new Client({ url: slapd.ldapsUrl, tlsOptions: { ca: slapd.ca } });
  await ldap.bind(slapd.adminDn, slapd.adminPassword);
  const renamedDn = `uid=alice2,${slapd.peopleDn}`;
  await ldap.modifyDN(alice.dn, 'uid=alice2');
  await slapd.modify(slapd.engineersDn, { member: [renamedDn, carol.dn] });
  const renamed = await login({ uid: 'alice2' }, alice.password);
  t.equal(renamed.accountId, first.accountId, 'a renamed DN is the same account');

  // Sync: a changed name, a new engineer, and alice removed from the directory.
  await slapd.modify(renamedDn, { cn: 'Alice Liddell' });
  await slapd.add(`uid=dave,${slapd.peopleDn}`, {
    objectClass: ['inetOrgPerson'],
    uid: 'dave',
    cn: 'Dave',
    sn: 'D',
    mail: 'dave@example.org',
    userPassword: 'dave password',
  });
  await slapd.modify(slapd.engineersDn, { member: [renamedDn, carol.dn, `uid=dave,${slapd.peopleDn}`] });
  const synced = await admin.call<Record<string, number | string>>('DirectoryService', 'SyncDirectory', { orgId });
  t.match(
    synced,
    { created: 1, updated: 1, deactivated: 0, error: '' },
    'dave created, alice renamed (carol refused again)',
  );
  const aliceNow = await gw.api
    .withToken(renamed.accessToken)
    .call<{ displayName: string }>('AccountService', 'GetMe', {});
  t.equal(aliceNow.displayName, 'Alice Liddell');

  await ldap.del(renamedDn);
  await ldap.unbind();
  const removal = await admin.call<Record<string, number | string>>('DirectoryService', 'SyncDirectory', { orgId });
  t.match(removal, { deactivated: 1, error: '' }, 'a user removed from the directory is deactivated');
  t.match(
    await refusal(gw.api.call('AuthService', 'Refresh', { refreshToken: renamed.refreshToken })),
    {
      code: 'UNAUTHENTICATED',
    },
    'and her sessions are ended',
  );
  const after = await admin.call<{ members: { accountId: string }[] }>('OrgService', 'ListMembers', { orgId });
  t.notOk(
    after.members.some((member) => member.accountId === first.accountId),
    'and she is no longer a member',
  );
  const view = await admin.call<Record<string, unknown>>('DirectoryService', 'GetDirectory', { orgId });
  t.match(view, { linkedUsers: 2, activeUsers: 1, lastSync: { deactivated: 1, error: '' } });

  // The org's audit trail: the settings, each sign-in (by whom), the links, and the syncs that changed something.
  type Row = { action: string; accountId: string; target: string };
  const wanted = ['org.directory.set', 'auth.login.directory', 'org.directory.link', 'org.directory.sync'];
  const records = await auditTrailOnce<Row & { seq: number }>(admin, orgId, (rows) =>
    wanted.every((action) => rows.some((row) => row.action === action)),
  );
  for (const action of wanted)
    t.ok(
      records.some((row) => row.action === action),
      `${action} is in the audit trail`,
    );
  t.ok(
    records.some((row) => row.action === 'auth.login.directory' && row.accountId === first.accountId),
    "a sign-in's record names the account that signed in",
  );
  t.ok(records.every((row) => !row.target.includes(slapd.bindPassword)));
  t.same((await admin.call<{ ok: boolean }>('AuditService', 'Verify', { orgId })).ok, true, 'the trail verifies');

  const { hits, scanned } = await filesContaining([gw.solo.dataDir], slapd.bindPassword);
  t.ok(scanned > 0);
  t.same(hits, [], "the service account's password is in no file of the data dir");
});

t.test('OpenLDAP: password write-back over LDAPS, and syncs on a schedule', async (t) => {
  await using gw = await startTestGateway();
  await using slapd = await startSlapd();
  const fixture = await setUpRoles(gw);
  const { orgId } = fixture;
  const admin = (await enrolTotp(gw.api, fixture.callers.admin)).api;
  const [alice] = slapd.users;
  const settings = {
    orgId,
    flavor: 'openldap',
    url: slapd.ldapsUrl,
    caPem: slapd.ca,
    bindDn: slapd.bindDn,
    bindPassword: slapd.bindPassword,
    baseDn: slapd.baseDn,
    groupRoles: [{ groupDn: slapd.engineersDn, role: 'ROLE_MEMBER' }],
  };

  t.match(
    await refusal(
      admin.call('DirectoryService', 'SetDirectory', { ...settings, url: slapd.url, passwordWriteBack: true }),
    ),
    { code: 'INVALID_ARGUMENT', reason: 'WRITE_BACK_NEEDS_LDAPS' },
    'write-back is refused through StartTLS',
  );
  t.match(await refusal(admin.call('DirectoryService', 'SetDirectory', { ...settings, syncIntervalS: 5 })), {
    code: 'INVALID_ARGUMENT',
    message: /at least 10 seconds/,
  });
  t.match(
    await refusal(admin.call('DirectoryService', 'SetDirectory', { ...settings, tlsServerName: 'other.example.org' })),
    { code: 'UNAVAILABLE', message: /service account could not bind/ },
    'a TLS server name the certificate does not carry is refused',
  );
  await admin.call('DirectoryService', 'SetDirectory', { ...settings, tlsServerName: 'localhost' });

  const login = (password: string) =>
    gw.api.call<Tokens>('DirectoryService', 'LoginWithDirectory', { orgId, username: alice.uid, password });
  const session = gw.api.withToken((await login(alice.password)).accessToken);
  const change = (currentPassword: string, newPassword: string) =>
    session.call('DirectoryService', 'ChangeDirectoryPassword', { orgId, currentPassword, newPassword });
  t.match(
    await refusal(change(alice.password, 'a new password')),
    { code: 'PERMISSION_DENIED', reason: 'WRITE_BACK_OFF' },
    'off unless the org turns it on',
  );
  const set = await admin.call<Record<string, unknown>>('DirectoryService', 'SetDirectory', {
    ...settings,
    tlsServerName: 'localhost',
    passwordWriteBack: true,
    syncIntervalS: 10,
  });
  t.match(set, { passwordWriteBack: true, tlsServerName: 'localhost', syncIntervalS: 10 });
  t.match(await refusal(change('wrong', 'a new password')), { code: 'PERMISSION_DENIED', reason: 'BAD_CREDENTIALS' });
  t.match(
    await refusal(
      fixture.callers.member.call('DirectoryService', 'ChangeDirectoryPassword', {
        orgId,
        currentPassword: 'x',
        newPassword: 'y',
      }),
    ),
    { code: 'PERMISSION_DENIED', reason: 'NOT_DIRECTORY_ACCOUNT' },
    'an account the directory did not make has no directory password',
  );
  await change(alice.password, 'a new password');
  t.match(await refusal(login(alice.password)), { reason: 'BAD_CREDENTIALS' }, 'the old password is gone upstream');
  await login('a new password');
  // The security log hears of the change after it commits: wait for it, within a bound.
  const logged = async () =>
    (
      await session.call<{ events: { action: string; factor?: string }[] }>('AccountService', 'ListSecurityEvents', {})
    ).events.some((entry) => entry.action === 'password.changed' && entry.factor === 'ldap');
  const logUntil = Date.now() + 60_000;
  while (!(await logged()) && Date.now() < logUntil) await new Promise((resolve) => setTimeout(resolve, 200));
  t.ok(await logged(), "the change is in the account's security log");
  const stored = await slapdPasswordOf(slapd, alice.dn);
  t.match(stored, /^\{SSHA\}/, 'the directory hashed the new password itself');

  // The schedule: a new engineer appears without anyone asking for a sync.
  await slapd.add(`uid=erin,${slapd.peopleDn}`, {
    objectClass: ['inetOrgPerson'],
    uid: 'erin',
    cn: 'Erin',
    sn: 'E',
    mail: 'erin@example.org',
    userPassword: 'erin password',
  });
  await slapd.modify(slapd.engineersDn, { member: [alice.dn, `uid=erin,${slapd.peopleDn}`] });
  // A bound on a hang, not a measure of speed: the interval is 10 s, the scheduler ticks every 5 s.
  const until = Date.now() + 120_000;
  let view: { linkedUsers?: number; lastSync?: { created?: number } } = {};
  while (Date.now() < until) {
    view = await admin.call('DirectoryService', 'GetDirectory', { orgId });
    if ((view.linkedUsers ?? 0) >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  t.equal(view.linkedUsers, 2, 'the scheduled sync made erin an account');
  t.match(view.lastSync, { created: 1 });

  await admin.call('DirectoryService', 'RemoveDirectory', { orgId });
  t.match(
    await refusal(login('a new password')),
    { code: 'UNAUTHENTICATED', reason: 'NO_DIRECTORY' },
    'a removed directory signs nobody in',
  );
});

t.test('OpenLDAP: groups staff a project; one sync makes several accounts', async (t) => {
  await using gw = await startTestGateway();
  await using slapd = await startSlapd();
  const fixture = await setUpRoles(gw);
  const { orgId } = fixture;
  const admin = (await enrolTotp(gw.api, fixture.callers.admin)).api;
  const [alice, bob] = slapd.users;
  const webAdminsDn = `cn=web-admins,${slapd.groupsDn}`;
  await slapd.add(webAdminsDn, { objectClass: 'groupOfNames', cn: 'web-admins', member: alice.dn });
  await admin.call('DirectoryService', 'SetDirectory', {
    orgId,
    flavor: 'openldap',
    url: slapd.ldapsUrl,
    caPem: slapd.ca,
    bindDn: slapd.bindDn,
    bindPassword: slapd.bindPassword,
    baseDn: slapd.baseDn,
    groupRoles: [
      { groupDn: slapd.engineersDn, role: 'ROLE_MEMBER' },
      { groupDn: webAdminsDn, role: 'ROLE_ADMIN', projectId: PROJECT },
    ],
  });
  const view = await admin.call<{ groupRoles: { projectId: string }[] }>('DirectoryService', 'GetDirectory', { orgId });
  t.same(
    view.groupRoles.map((mapping) => mapping.projectId),
    ['', PROJECT],
  );
  const setPolicy = (api: typeof gw.api) =>
    api.call('ProjectService', 'SetProjectPolicy', { orgId, projectId: PROJECT, externalsMayExport: false });

  const aliceTokens = await gw.api.call<Tokens>('DirectoryService', 'LoginWithDirectory', {
    orgId,
    username: alice.uid,
    password: alice.password,
  });
  const aliceApi = gw.api.withToken(aliceTokens.accessToken);
  t.ok(await setPolicy(aliceApi), 'web-admins made alice an admin of the project');

  // Two new engineers in one sync: each gets an account of its own.
  const dave = { uid: 'dave', dn: `uid=dave,${slapd.peopleDn}`, password: 'dave password' };
  await slapd.add(dave.dn, {
    objectClass: 'inetOrgPerson',
    uid: 'dave',
    cn: 'Dave',
    sn: 'D',
    mail: 'dave@example.org',
    userPassword: dave.password,
  });
  await slapd.modify(slapd.engineersDn, { member: [alice.dn, bob.dn, dave.dn] });
  const synced = await admin.call<Record<string, number | string>>('DirectoryService', 'SyncDirectory', { orgId });
  t.match(synced, { created: 2, error: '' }, 'bob and dave made in one sync');
  const bobTokens = await gw.api.call<Tokens>('DirectoryService', 'LoginWithDirectory', {
    orgId,
    username: bob.uid,
    password: bob.password,
  });
  const daveTokens = await gw.api.call<Tokens>('DirectoryService', 'LoginWithDirectory', {
    orgId,
    username: 'dave',
    password: dave.password,
  });
  t.not(bobTokens.accountId, daveTokens.accountId, 'two accounts');
  t.match(
    await refusal(setPolicy(gw.api.withToken(bobTokens.accessToken))),
    { code: 'PERMISSION_DENIED' },
    'bob is in no group of the project',
  );

  await slapd.modify(webAdminsDn, { member: bob.dn });
  const moved = await admin.call<Record<string, number | string>>('DirectoryService', 'SyncDirectory', { orgId });
  t.match(moved, { updated: 2, error: '' }, 'alice leaves the project, bob joins it');
  t.match(
    await refusal(setPolicy(aliceApi)),
    { code: 'PERMISSION_DENIED' },
    'alice is no longer an admin of the project',
  );
  t.ok(await setPolicy(gw.api.withToken(bobTokens.accessToken)), 'bob is');
});

/** The userPassword value slapd stores, read as its rootdn. */
async function slapdPasswordOf(slapd: Awaited<ReturnType<typeof startSlapd>>, dn: string): Promise<string> {
  const ldap = new Client({ url: slapd.ldapsUrl, tlsOptions: { ca: slapd.ca } });
  try {
    await ldap.bind(slapd.adminDn, slapd.adminPassword);
    const { searchEntries } = await ldap.search(dn, { scope: 'base', attributes: ['userPassword'] });
    return String(searchEntries[0]?.['userPassword'] ?? '');
  } finally {
    await ldap.unbind();
  }
}
