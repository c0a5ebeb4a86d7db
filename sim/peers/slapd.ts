/**
 * A private OpenLDAP server (Debian's `slapd`) for tests and the login bench: its own
 * temp dir, loopback only, free ports, LDAPS and StartTLS with a CA of its own, and a small seeded
 * `dc=example,dc=org` (people, groups, a read-only service account, a few users). Nothing of the
 * system's LDAP config or services is touched; the server dies with the handle.
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Attribute, Change, Client } from 'ldapts';
import { ownCaCertificate } from './own-ca.js';
import { inFreshDir } from './fresh-dir.js';
import { supervise } from './supervised-child.js';
import { freePorts, retry } from '../cluster/index.js';

const SLAPD = '/usr/sbin/slapd';
const SCHEMA_DIR = '/etc/ldap/schema';
const MODULE_DIR = '/usr/lib/ldap';

/** Attribute values by attribute name, as tests write them. */
export type SlapdAttributes = Readonly<Record<string, string | readonly string[]>>;

/** A seeded person: `inetOrgPerson` under `ou=people`. */
export interface SlapdUser {
  readonly dn: string;
  readonly uid: string;
  readonly mail: string;
  readonly password: string;
}

export interface SlapdHandle extends AsyncDisposable {
  /** `ldap://127.0.0.1:PORT` (plain; StartTLS available). */
  readonly url: string;
  /** `ldaps://127.0.0.1:PORT`. */
  readonly ldapsUrl: string;
  /** PEM of the CA that signed the server certificate (SAN 127.0.0.1 and localhost). */
  readonly ca: string;
  /** `dc=example,dc=org`. */
  readonly baseDn: string;
  /** The rootdn: bypasses every ACL. */
  readonly adminDn: string;
  readonly adminPassword: string;
  /** The service account: reads everything but passwords. */
  readonly bindDn: string;
  readonly bindPassword: string;
  readonly peopleDn: string;
  readonly groupsDn: string;
  /** `cn=engineers,ou=groups,…`, a `groupOfNames` whose only member is `users[0]`. */
  readonly engineersDn: string;
  /** Whether the `memberof` overlay is loaded, so that people carry `memberOf`. */
  readonly memberOf: boolean;
  /** alice (in engineers), bob and carol; a tuple so that tests destructure them without checks. */
  readonly users: readonly [SlapdUser, SlapdUser, SlapdUser];
  /** Adds an entry, as admin over LDAPS. */
  add(dn: string, attributes: SlapdAttributes): Promise<void>;
  /** Replaces the given attributes of an entry (an empty list deletes one), as admin over LDAPS. */
  modify(dn: string, changes: SlapdAttributes): Promise<void>;
  /** Deletes an entry, as admin over LDAPS. */
  remove(dn: string): Promise<void>;
}

/** An RFC 2307 `{SSHA}` hash, what OpenLDAP checks simple binds against. */
export function sshaPassword(password: string): string {
  const salt = randomBytes(8);
  const digest = createHash('sha1').update(password).update(salt).digest();
  return `{SSHA}${Buffer.concat([digest, salt]).toString('base64')}`;
}

/**
 * Starts slapd on two free loopback ports and seeds the directory.
 * @throws Error with slapd's stderr when it exits or does not answer a bind in time
 */
export async function startSlapd(): Promise<SlapdHandle> {
  return inFreshDir('redoubt-slapd-', launch);
}

async function launch(dir: string): Promise<SlapdHandle> {
  const baseDn = 'dc=example,dc=org';
  const peopleDn = `ou=people,${baseDn}`;
  const groupsDn = `ou=groups,${baseDn}`;
  const adminDn = `cn=admin,${baseDn}`;
  const bindDn = `cn=redoubt-bind,${peopleDn}`;
  const engineersDn = `cn=engineers,${groupsDn}`;
  // Fresh secrets per server: tests read them from the handle, never from the source.
  const secret = (): string => randomBytes(12).toString('base64url');
  const adminPassword = secret();
  const bindPassword = secret();
  const person = (uid: string): SlapdUser => ({
    dn: `uid=${uid},${peopleDn}`,
    uid,
    mail: `${uid}@example.org`,
    password: secret(),
  });
  const users = [person('alice'), person('bob'), person('carol')] as const;
  // Debian ships memberof (deprecated upstream in 2.5, still built); without it tests just get no memberOf.
  const memberOf = existsSync(join(MODULE_DIR, 'memberof.so'));

  const tls = ownCaCertificate(
    { commonName: 'localhost', dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] },
    'server',
    'slapd test CA',
  );
  await mkdir(join(dir, 'db'));
  await writeFile(join(dir, 'ca.pem'), tls.ca);
  await writeFile(join(dir, 'server.pem'), tls.cert);
  await writeFile(join(dir, 'server.key'), tls.key, { mode: 0o600 });
  const conf = [
    ...['core', 'cosine', 'inetorgperson', 'nis'].map((name) => `include ${join(SCHEMA_DIR, `${name}.schema`)}`),
    `modulepath ${MODULE_DIR}`,
    'moduleload back_mdb.so',
    ...(memberOf ? ['moduleload memberof.so'] : []),
    `pidfile ${join(dir, 'slapd.pid')}`,
    `argsfile ${join(dir, 'slapd.args')}`,
    `TLSCACertificateFile ${join(dir, 'ca.pem')}`,
    `TLSCertificateFile ${join(dir, 'server.pem')}`,
    `TLSCertificateKeyFile ${join(dir, 'server.key')}`,
    // Root DSE and schema for everyone: clients discover StartTLS and controls there.
    'access to dn.base="" by * read',
    'access to dn.base="cn=Subschema" by * read',
    'database mdb',
    `suffix "${baseDn}"`,
    `rootdn "${adminDn}"`,
    `rootpw ${sshaPassword(adminPassword)}`,
    `directory ${join(dir, 'db')}`,
    'maxsize 67108864',
    'index objectClass,uid,mail,cn,member,entryUUID eq',
    // Passwords: checked at bind, changed by their owner, read by nobody (the rootdn bypasses ACLs).
    'access to attrs=userPassword',
    '  by self write',
    '  by anonymous auth',
    '  by * none',
    'access to *',
    `  by dn.exact="${bindDn}" read`,
    '  by self read',
    '  by * none',
    // The overlay comes after the database it watches; refint keeps groups in step when a member is deleted or renamed.
    ...(memberOf ? ['overlay memberof', 'memberof-refint TRUE'] : []),
    '',
  ].join('\n');
  await writeFile(join(dir, 'slapd.conf'), conf);

  const [port, ldapsPort] = (await freePorts(2)) as [number, number];
  const url = `ldap://127.0.0.1:${port}`;
  const ldapsUrl = `ldaps://127.0.0.1:${ldapsPort}`;
  // `-d none` keeps slapd in the foreground (ours to kill) and prints only its errors; `-d 0` would hide those too.
  const child = spawn(SLAPD, ['-d', 'none', '-h', `${url}/ ${ldapsUrl}/`, '-f', join(dir, 'slapd.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // slapd waits for its open operations on SIGTERM: a bounded wait, then no more patience.
  const server = supervise(child, 'slapd', { keep: 8000, patienceMs: 10_000 });
  const { exited } = server;
  let disposed = false;
  const stop = async (): Promise<void> => {
    if (disposed) return;
    disposed = true;
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };

  const asAdmin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ url: ldapsUrl, tlsOptions: { ca: [tls.ca] }, connectTimeout: 5_000, timeout: 15_000 });
    try {
      await client.bind(adminDn, adminPassword);
      return await work(client);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  };
  const handle: SlapdHandle = {
    url,
    ldapsUrl,
    ca: tls.ca,
    baseDn,
    adminDn,
    adminPassword,
    bindDn,
    bindPassword,
    peopleDn,
    groupsDn,
    engineersDn,
    memberOf,
    users,
    add: (dn, attributes) => asAdmin((client) => client.add(dn, toLdapts(attributes))),
    modify: (dn, changes) =>
      asAdmin((client) =>
        client.modify(
          dn,
          Object.entries(changes).map(
            ([type, values]) =>
              new Change({ operation: 'replace', modification: new Attribute({ type, values: toList(values) }) }),
          ),
        ),
      ),
    remove: (dn) => asAdmin((client) => client.del(dn)),
    [Symbol.asyncDispose]: stop,
  };

  try {
    // A bind over LDAPS proves the listener, the TLS setup and the rootdn at once.
    await retry('slapd ready', () => asAdmin(async () => undefined), {
      timeout: 30_000,
      abort: exited,
      // The temp dir is gone by the time this is read: quote the config, whose line numbers slapd cites.
      details: () =>
        `slapd output:\n${server.output()}\nslapd.conf:\n${conf
          .split('\n')
          .map((line, i) => `${i + 1}: ${line}`)
          .join('\n')}`,
    });
    await asAdmin(async (client) => {
      await client.add(baseDn, { objectClass: ['dcObject', 'organization'], dc: 'example', o: 'Example' });
      for (const [dn, ou] of [
        [peopleDn, 'people'],
        [groupsDn, 'groups'],
      ] as const) {
        await client.add(dn, { objectClass: 'organizationalUnit', ou });
      }
      await client.add(bindDn, {
        objectClass: ['organizationalRole', 'simpleSecurityObject'],
        cn: 'redoubt-bind',
        description: 'Redoubt directory sync (read-only)',
        userPassword: sshaPassword(bindPassword),
      });
      for (const user of users) {
        const name = user.uid.charAt(0).toUpperCase() + user.uid.slice(1);
        await client.add(user.dn, {
          objectClass: 'inetOrgPerson',
          uid: user.uid,
          cn: `${name} Example`,
          sn: 'Example',
          givenName: name,
          mail: user.mail,
          userPassword: sshaPassword(user.password),
        });
      }
      // Added after its member so that the overlay writes memberOf onto an existing entry.
      await client.add(engineersDn, { objectClass: 'groupOfNames', cn: 'engineers', member: users[0].dn });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return handle;
}

function toList(values: string | readonly string[]): string[] {
  return typeof values === 'string' ? [values] : [...values];
}

function toLdapts(attributes: SlapdAttributes): Record<string, string[]> {
  return Object.fromEntries(Object.entries(attributes).map(([type, values]) => [type, toList(values)]));
}
