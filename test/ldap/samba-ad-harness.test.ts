/**
 * The private Samba AD domain controller of test/helpers/samba-ad.ts does what Active Directory tests
 * rely on: simple binds over LDAPS verified against its CA, AD's refusals with their sub-codes (the
 * "data 52e" of the diagnostic message: 52e, 773, 533, and 701, 531, 530, 532, 775), objectGUID and
 * uSNChanged, and membership through nested groups (LDAP_MATCHING_RULE_IN_CHAIN).
 */
import t from 'tap';
import type { Test } from 'tap';
import { Client, InvalidCredentialsError, StrongAuthRequiredError } from 'ldapts';
import type { Entry } from 'ldapts';
import { startSambaAd } from '../helpers/samba-ad.js';
import type { SambaAdHandle } from '../helpers/samba-ad.js';

// Generous on a busy machine: these bound a hang, they do not measure speed.
const clientTimeouts = { connectTimeout: 10_000, timeout: 30_000 };
/** LDAP_MATCHING_RULE_IN_CHAIN: membership through nested groups. */
const IN_CHAIN = '1.2.840.113556.1.4.1941';

/** A bind over LDAPS on a connection of its own. @returns the error, or undefined if the bind succeeded */
async function bindError(ad: SambaAdHandle, dn: string, password: string): Promise<unknown> {
  const client = new Client({ url: ad.url, tlsOptions: ad.tlsOptions, ...clientTimeouts });
  try {
    await client.bind(dn, password);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

/** Asserts that a bind is refused with invalidCredentials and AD's sub-code `data CODE`, and logs AD's message. */
async function refused(t: Test, ad: SambaAdHandle, dn: string, password: string, code: string): Promise<void> {
  const error = await bindError(ad, dn, password);
  t.ok(error instanceof InvalidCredentialsError, 'InvalidCredentialsError');
  const message = error instanceof Error ? error.message : String(error);
  t.match(message, new RegExp(`, data ${code},`), `data ${code}`);
  t.comment(`data ${code}: ${message}`);
}

/** The values of an attribute as strings (ldapts gives a string for one value, a list for several). */
function values(entry: Entry | undefined, name: string): string[] {
  const value = entry?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v: string | Buffer) => v.toString());
}

/** Searches the domain as the service account, as a directory sync would. */
async function search(ad: SambaAdHandle, filter: string, attributes: string[]): Promise<Entry[]> {
  const client = new Client({ url: ad.url, tlsOptions: ad.tlsOptions, ...clientTimeouts });
  try {
    await client.bind(ad.bindDn, ad.bindPassword);
    const { searchEntries } = await client.search(ad.baseDn, {
      scope: 'sub',
      filter,
      attributes,
      explicitBufferAttributes: ['objectGUID'],
    });
    return searchEntries;
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

t.test('a private Samba AD domain controller for directory tests', async (t) => {
  const started = performance.now();
  await using ad = await startSambaAd();
  // Logged, never asserted: how long provisioning, seeding and starting took on this machine.
  t.comment(`provisioned, seeded and started in ${Math.round(performance.now() - started)} ms at ${ad.url}`);
  const [alice, bob, carol] = ad.users;

  t.match(ad.url, /^ldaps:\/\/127\.\d{1,3}\.\d{1,3}\.\d{1,3}:636$/);
  t.match(ad.ca, /-----BEGIN CERTIFICATE-----/);
  t.equal(ad.serverName, 'dc1.redoubt.test');
  t.equal(ad.baseDn, 'DC=redoubt,DC=test');

  await t.test('users and the service account bind over LDAPS, by DN or UPN', async (t) => {
    t.equal(await bindError(ad, alice.dn, alice.password), undefined, 'alice by DN');
    t.equal(await bindError(ad, alice.upn, alice.password), undefined, 'alice by UPN');
    t.equal(await bindError(ad, ad.bindDn, ad.bindPassword), undefined, 'the service account');
  });

  await t.test('the certificate names the address too, and only its CA vouches for it', async (t) => {
    // As the gateway's directory module connects: the CA, no servername.
    const byAddress = new Client({ url: ad.url, tlsOptions: { ca: [ad.ca] }, ...clientTimeouts });
    await byAddress.bind(alice.dn, alice.password);
    t.ok(byAddress.isBound, 'verified by its IP SAN');
    await byAddress.unbind();
    const stranger = new Client({ url: ad.url, tlsOptions: { ca: [], servername: ad.serverName }, ...clientTimeouts });
    await t.rejects(stranger.bind(alice.dn, alice.password), { code: /CERT|ISSUER|SIGNATURE/ });
    await stranger.unbind().catch(() => undefined);
  });

  await t.test('a simple bind without TLS is refused (ldap server require strong auth)', async (t) => {
    const client = new Client({ url: ad.ldapUrl, ...clientTimeouts });
    const error = await client.bind(alice.dn, alice.password).then(
      () => undefined,
      (error: unknown) => error,
    );
    await client.unbind().catch(() => undefined);
    t.ok(error instanceof StrongAuthRequiredError, 'StrongAuthRequiredError');
    t.comment(`ldap:// simple bind: ${error instanceof Error ? error.message : String(error)}`);
  });

  await t.test('a wrong password: data 52e', async (t) => {
    await refused(t, ad, alice.dn, `${alice.password}-wrong`, '52e');
    await refused(t, ad, `CN=Nobody,${ad.usersDn}`, alice.password, '52e');
  });

  await t.test('a password that must be changed: data 773', async (t) => {
    await ad.mustChangePassword(carol.name);
    await refused(t, ad, carol.dn, carol.password, '773');
    // Only the right password learns that it must change.
    await refused(t, ad, carol.dn, `${carol.password}-wrong`, '52e');
  });

  await t.test('a disabled account: data 533', async (t) => {
    await ad.disableUser(bob.name);
    await refused(t, ad, bob.dn, bob.password, '533');
    await ad.enableUser(bob.name);
    t.equal(await bindError(ad, bob.dn, bob.password), undefined, 'binds again once enabled');
  });

  await t.test('objectGUID and uSNChanged, the marks of a sync', async (t) => {
    const filter = `(&(objectCategory=person)(sAMAccountName=${alice.name}))`;
    const [entry] = await search(ad, filter, ['objectGUID', 'uSNChanged', 'userPrincipalName', 'mail']);
    t.equal(entry?.dn, alice.dn);
    const guid = entry?.['objectGUID'];
    t.ok(Buffer.isBuffer(guid) && guid.length === 16, 'objectGUID: 16 bytes');
    t.same(values(entry, 'userPrincipalName'), [alice.upn]);
    t.same(values(entry, 'mail'), [alice.mail]);
    const usn = Number(values(entry, 'uSNChanged')[0]);
    t.ok(Number.isSafeInteger(usn) && usn > 0, `uSNChanged ${usn}`);

    await ad.modify(alice.dn, { description: 'changed by the test' });
    const [changed] = await search(ad, filter, ['objectGUID', 'uSNChanged']);
    t.ok(Number(values(changed, 'uSNChanged')[0]) > usn, 'uSNChanged grows with a change');
    t.same(changed?.['objectGUID'], guid, 'objectGUID stays');
  });

  await t.test('membership through nested groups: LDAP_MATCHING_RULE_IN_CHAIN', async (t) => {
    const people = '(objectCategory=person)(objectClass=user)';
    const direct = await search(ad, `(&${people}(memberOf=${ad.engineersDn}))`, ['sAMAccountName']);
    t.same(direct.map((entry) => entry.dn).sort(), [alice.dn], 'memberOf: alice only');
    const inChain = await search(ad, `(&${people}(memberOf:${IN_CHAIN}:=${ad.engineersDn}))`, ['sAMAccountName']);
    t.same(inChain.map((entry) => entry.dn).sort(), [alice.dn, bob.dn].sort(), 'in chain: alice, and bob via platform');
  });

  await t.test("AD's other refusals, on an account of the test's own", async (t) => {
    const dave = await ad.addUser('dave', 'Dave-Passw0rd!');
    t.equal(await bindError(ad, dave.dn, dave.password), undefined, 'the added user binds');

    // accountExpires is a FILETIME; 1 is long past (0 means never).
    await ad.modify(dave.dn, { accountExpires: '1' });
    await refused(t, ad, dave.dn, dave.password, '701');
    await ad.modify(dave.dn, { accountExpires: '0' });

    // A simple bind comes from no workstation on the list.
    await ad.modify(dave.dn, { userWorkstations: 'NOWHERE' });
    await refused(t, ad, dave.dn, dave.password, '531');
    await ad.modify(dave.dn, { userWorkstations: [] });

    // 168 bits, one per hour of the week: none allowed.
    await ad.modify(dave.dn, { logonHours: Buffer.alloc(21) });
    await refused(t, ad, dave.dn, dave.password, '530');
    await ad.modify(dave.dn, { logonHours: Buffer.alloc(21, 0xff) });

    await ad.setPasswordExpired(dave.name, dave.password);
    await refused(t, ad, dave.dn, dave.password, '532');
    await ad.sambaTool('user', 'setpassword', dave.name, `--newpassword=${dave.password}x`);
    t.equal(await bindError(ad, dave.dn, `${dave.password}x`), undefined, 'binds with a new password');

    // Last: the lockout threshold is the whole domain's.
    await ad.sambaTool('domain', 'passwordsettings', 'set', '--account-lockout-threshold=2');
    await refused(t, ad, dave.dn, 'wrong-1', '52e');
    await refused(t, ad, dave.dn, 'wrong-2', '52e');
    await refused(t, ad, dave.dn, `${dave.password}x`, '775');

    await ad.deleteUser(dave.name);
    await refused(t, ad, dave.dn, `${dave.password}x`, '52e');
  });
});
