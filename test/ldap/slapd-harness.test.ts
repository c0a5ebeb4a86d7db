/**
 * The private slapd of test/helpers/slapd.ts does what directory tests rely on: binds over LDAPS
 * and StartTLS with its own CA, refuses wrong passwords, hides password hashes, carries entryUUID,
 * modifyTimestamp and memberOf, and takes changes from the test.
 */
import t from 'tap';
import { Client, InvalidCredentialsError } from 'ldapts';
import type { Entry } from 'ldapts';
import { sshaPassword, startSlapd } from '../helpers/slapd.js';
import type { SlapdHandle } from '../helpers/slapd.js';

// Generous on a busy machine: these bound a hang, they do not measure speed.
const clientTimeouts = { connectTimeout: 10_000, timeout: 20_000 };

/** A value of an attribute as strings (ldapts gives a string for one value, a list for several). */
function values(entry: Entry | undefined, name: string): string[] {
  const value = entry?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v: string | Buffer) => v.toString());
}

/** Searches `ou=people` as the service account, as a directory sync would. */
async function findPerson(slapd: SlapdHandle, uid: string): Promise<Entry | undefined> {
  const client = new Client({ url: slapd.ldapsUrl, tlsOptions: { ca: [slapd.ca] }, ...clientTimeouts });
  try {
    await client.bind(slapd.bindDn, slapd.bindPassword);
    const { searchEntries } = await client.search(slapd.peopleDn, {
      scope: 'sub',
      filter: `(&(objectClass=inetOrgPerson)(uid=${uid}))`,
      attributes: ['uid', 'mail', 'cn', 'userPassword', 'entryUUID', 'modifyTimestamp', 'memberOf'],
    });
    return searchEntries[0];
  } finally {
    await client.unbind();
  }
}

t.test('a private slapd for directory tests', async (t) => {
  await using slapd = await startSlapd();
  const [alice, bob] = slapd.users;

  t.match(slapd.url, /^ldap:\/\/127\.0\.0\.1:\d+$/);
  t.match(slapd.ldapsUrl, /^ldaps:\/\/127\.0\.0\.1:\d+$/);
  t.match(slapd.ca, /-----BEGIN CERTIFICATE-----/);

  await t.test('a user binds with their password over LDAPS', async (t) => {
    const client = new Client({ url: slapd.ldapsUrl, tlsOptions: { ca: [slapd.ca] }, ...clientTimeouts });
    await client.bind(alice.dn, alice.password);
    t.ok(client.isBound);
    await client.unbind();
  });

  await t.test('a user binds with their password after StartTLS', async (t) => {
    const client = new Client({ url: slapd.url, ...clientTimeouts });
    await client.startTLS({ ca: [slapd.ca] });
    await client.bind(bob.dn, bob.password);
    t.ok(client.isBound);
    await client.unbind();
  });

  await t.test('StartTLS checks the server against the CA', async (t) => {
    // Without the test CA the server certificate is a stranger's: the upgrade must fail.
    const client = new Client({ url: slapd.url, ...clientTimeouts });
    await t.rejects(client.startTLS({ ca: [] }), { code: /CERT|ISSUER|SIGNATURE/ });
    await client.unbind().catch(() => undefined);
  });

  await t.test('a wrong password is refused with invalidCredentials (49)', async (t) => {
    const client = new Client({ url: slapd.ldapsUrl, tlsOptions: { ca: [slapd.ca] }, ...clientTimeouts });
    const refused = await client.bind(alice.dn, `${alice.password}-wrong`).then(
      () => undefined,
      (error: unknown) => error,
    );
    t.ok(refused instanceof InvalidCredentialsError, 'InvalidCredentialsError');
    t.equal((refused as InvalidCredentialsError).code, 49);
    t.notOk(client.isBound);
    await client.unbind();
  });

  await t.test('the service account reads people, with operational attributes but no hashes', async (t) => {
    const entry = await findPerson(slapd, alice.uid);
    t.ok(entry, 'alice found');
    t.equal(entry?.dn, alice.dn);
    t.same(values(entry, 'mail'), [alice.mail]);
    t.match(values(entry, 'entryUUID')[0], /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    t.match(values(entry, 'modifyTimestamp')[0], /^\d{14}Z$/);
    t.same(values(entry, 'userPassword'), [], 'userPassword is not readable by the service account');
    if (slapd.memberOf) t.same(values(entry, 'memberOf'), [slapd.engineersDn]);
    else t.comment('memberof overlay not available: memberOf not checked');
  });

  await t.test('a user the test adds can be found, bind, join a group and go', async (t) => {
    const dn = `uid=dave,${slapd.peopleDn}`;
    const password = 'dave-password';
    await slapd.add(dn, {
      objectClass: 'inetOrgPerson',
      uid: 'dave',
      cn: 'Dave Example',
      sn: 'Example',
      mail: 'dave@example.org',
      userPassword: sshaPassword(password),
    });
    const added = await findPerson(slapd, 'dave');
    t.equal(added?.dn, dn);
    t.same(values(added, 'mail'), ['dave@example.org']);

    const client = new Client({ url: slapd.ldapsUrl, tlsOptions: { ca: [slapd.ca] }, ...clientTimeouts });
    await client.bind(dn, password);
    t.ok(client.isBound, 'the added user binds');
    await client.unbind();

    await slapd.modify(dn, { mail: 'dave@example.net' });
    await slapd.modify(slapd.engineersDn, { member: [alice.dn, dn] });
    const changed = await findPerson(slapd, 'dave');
    t.same(values(changed, 'mail'), ['dave@example.net']);
    if (slapd.memberOf) t.same(values(changed, 'memberOf'), [slapd.engineersDn]);

    await slapd.remove(dn);
    t.equal(await findPerson(slapd, 'dave'), undefined, 'gone after remove');
  });
});
