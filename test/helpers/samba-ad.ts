/**
 * A private Samba Active Directory domain controller (Debian's `samba`) for tests of AD sign-in and
 * sync: provisioned offline into a temp dir of its own (nothing under /etc/samba, /var/lib/samba or
 * /run/samba is read or written), only its LDAP server running, LDAPS with a CA of its own, and a
 * seeded REDOUBT.TEST domain (alice, bob, carol, nested groups, a service account). The server dies
 * with the handle, and with the test process too: `samba -i` exits when its stdin closes.
 *
 * Samba's LDAP server has fixed ports (389, 636, and 3268/3269 for the global catalog), so each DC
 * gets a random loopback address of its own: Linux routes all of 127.0.0.0/8 to `lo`, any of those
 * addresses can be bound without configuring anything, and two DCs (or a system slapd on
 * 127.0.0.1) never clash. No network namespace is needed. The ports are privileged: run as root.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { ConnectionOptions } from 'node:tls';
import { Attribute, Change, Client } from 'ldapts';
import { ownCaCertificate } from './stranger-ca.js';
import { retry } from '../../sim/cluster/index.js';
import { inFreshDir } from '../../sim/peers/fresh-dir.js';
import { supervise } from '../../sim/peers/supervised-child.js';

const SAMBA = '/usr/sbin/samba';
const SAMBA_TOOL = '/usr/bin/samba-tool';
// samba's Python bindings are Debian's python3's, not those of whatever python3 comes first on PATH.
const PYTHON = '/usr/bin/python3';
const REALM = 'REDOUBT.TEST';
const DOMAIN = 'REDOUBT';
const HOST_NAME = 'dc1';
const DNS_DOMAIN = REALM.toLowerCase();
const BASE_DN = 'DC=redoubt,DC=test';
const USERS_DN = `CN=Users,${BASE_DN}`;

// Generous bounds for a busy 2-core machine: they stop a hang, they do not measure speed.
const PROVISION_TIMEOUT_MS = 300_000;
const TOOL_TIMEOUT_MS = 120_000;
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;
/** samba's own backstop: it ends itself after this long even if nobody stops it. */
const MAXIMUM_RUNTIME_S = 3 * 3600;

/** Attribute values by attribute name, as tests write them (a Buffer for binary ones such as logonHours). */
export type SambaAdAttributes = Readonly<Record<string, string | Buffer | readonly (string | Buffer)[]>>;

/** A domain user (in `CN=Users`). */
export interface SambaAdUser {
  /** sAMAccountName, e.g. `alice`. */
  readonly name: string;
  /** e.g. `CN=Alice Example,CN=Users,DC=redoubt,DC=test` (AD names users by their full name). */
  readonly dn: string;
  /** userPrincipalName, e.g. `alice@redoubt.test`: AD also takes it in place of the DN in a bind. */
  readonly upn: string;
  readonly mail: string;
  readonly password: string;
}

export interface SambaAdHandle extends AsyncDisposable {
  /** `ldaps://127.A.B.C:636`. */
  readonly url: string;
  /** `ldap://127.A.B.C:389`: refuses simple binds without TLS (`ldap server require strong auth`). */
  readonly ldapUrl: string;
  /** The DC's loopback address (random, in 127.0.0.0/8). */
  readonly address: string;
  /** PEM of the CA that signed the LDAPS certificate (SAN: `serverName` and `address`; both good for an hour). */
  readonly ca: string;
  /** `dc1.redoubt.test`: the DC's DNS name, the certificate's CN and DNS SAN. */
  readonly serverName: string;
  /** TLS options for a Node client: the CA and the server name. */
  readonly tlsOptions: ConnectionOptions;
  /** `DC=redoubt,DC=test`. */
  readonly baseDn: string;
  /** `CN=Users,DC=redoubt,DC=test`. */
  readonly usersDn: string;
  /** `REDOUBT.TEST`. */
  readonly realm: string;
  /** `REDOUBT` (NetBIOS). */
  readonly domain: string;
  /** The domain's Administrator (Domain Admins). */
  readonly adminDn: string;
  readonly adminUpn: string;
  readonly adminPassword: string;
  /** `redoubt-bind`, an ordinary user whose password never expires: what an org gives a directory sync. */
  readonly bindDn: string;
  readonly bindUpn: string;
  readonly bindPassword: string;
  /** `CN=engineers,CN=Users,…`: alice directly, and the group platform. */
  readonly engineersDn: string;
  /** `CN=platform,CN=Users,…`: bob, so bob is in engineers only through nesting. */
  readonly platformDn: string;
  /** alice, bob and carol; a tuple so that tests destructure them without checks. */
  readonly users: readonly [SambaAdUser, SambaAdUser, SambaAdUser];
  /** The temp dir and its smb.conf (for `samba-tool -s`). */
  readonly dir: string;
  readonly smbConf: string;
  /** samba's recent output (its log: auth failures at level 2), for a failing test's message. */
  log(): string;
  /** Runs `samba-tool ARGS -s smb.conf -H sam.ldb` (the local database, no network) and returns its stdout. */
  sambaTool(...args: string[]): Promise<string>;
  /** Runs `work` on a client bound as Administrator over LDAPS, then unbinds. */
  asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T>;
  /** Replaces the given attributes of an entry (an empty list deletes one), as Administrator over LDAPS. */
  modify(dn: string, changes: SambaAdAttributes): Promise<void>;
  /** The DN of an account by its sAMAccountName. @throws Error if there is none */
  dnOf(name: string): Promise<string>;
  /** Adds a user in `CN=Users` (given name = the capitalised name, surname Example). */
  addUser(name: string, password: string): Promise<SambaAdUser>;
  deleteUser(name: string): Promise<void>;
  /** Sets ACCOUNTDISABLE in userAccountControl: binds then fail with `data 533`. */
  disableUser(name: string): Promise<void>;
  enableUser(name: string): Promise<void>;
  /** pwdLastSet = 0, "must change password at next logon": binds then fail with `data 773`. */
  mustChangePassword(name: string): Promise<void>;
  /** Sets `password` again, dated 1917 (older than any maxPwdAge): binds then fail with `data 532`. */
  setPasswordExpired(name: string, password: string): Promise<void>;
}

/**
 * Provisions a domain in a fresh temp dir, seeds it, and starts samba on a random loopback address.
 * @throws Error with samba-tool's or samba's output when provisioning fails or LDAPS never answers a bind
 */
export async function startSambaAd(): Promise<SambaAdHandle> {
  return inFreshDir('redoubt-samba-ad-', launch);
}

/** A capitalised name: `alice` → `Alice`. */
function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A fresh password that meets AD's complexity rule (three of: upper, lower, digit, symbol). */
function strongPassword(): string {
  return `Aa1-${randomBytes(12).toString('base64url')}`;
}

/**
 * Sets a password with a pwdLastSet in the past, in the local sam.ldb. Over LDAP, AD takes only 0 or
 * -1 for pwdLastSet, and a maxPwdAge under one day means "never expires", so neither makes a 532;
 * Samba's control for importing passwords on upgrades (DSDB_CONTROL_PASSWORD_BYPASS_LAST_SET_OID)
 * keeps the pwdLastSet given with a new password.
 */
const EXPIRED_PASSWORD_PY = `
import sys, ldb
from samba.auth import system_session
from samba.param import LoadParm
from samba.samdb import SamDB
smb_conf, sam_ldb, dn, password = sys.argv[1:5]
lp = LoadParm()
lp.load(smb_conf)
db = SamDB(url=sam_ldb, lp=lp, session_info=system_session())
m = ldb.Message(ldb.Dn(db, dn))
m["clearTextPassword"] = ldb.MessageElement(password.encode("utf-16-le"), ldb.FLAG_MOD_REPLACE, "clearTextPassword")
m["pwdLastSet"] = ldb.MessageElement("100000000000000000", ldb.FLAG_MOD_REPLACE, "pwdLastSet")
db.modify(m, controls=["local_oid:1.3.6.1.4.1.7165.4.3.20:0"])
`;

async function launch(dir: string): Promise<SambaAdHandle> {
  const address = await freeLoopbackAddress();
  const serverName = `${HOST_NAME}.${DNS_DOMAIN}`;
  const url = `ldaps://${address}:636`;
  const ldapUrl = `ldap://${address}:389`;
  const smbConf = join(dir, 'etc', 'smb.conf');
  const samLdb = join(dir, 'private', 'sam.ldb');
  // Fresh secrets per DC: tests read them from the handle, never from the source.
  const adminPassword = strongPassword();
  const bindPassword = strongPassword();
  const user = (name: string, password = strongPassword()): SambaAdUser => ({
    name,
    dn: `CN=${capitalised(name)} Example,${USERS_DN}`,
    upn: `${name}@${DNS_DOMAIN}`,
    mail: `${name}@${DNS_DOMAIN}`,
    password,
  });
  const users = [user('alice'), user('bob'), user('carol')] as const;
  const engineersDn = `CN=engineers,${USERS_DN}`;
  const platformDn = `CN=platform,${USERS_DN}`;

  // Our own certificate rather than samba's autogenerated one, whose only name is its CN (no SAN,
  // so a client that connects by IP without a servername cannot verify it) and whose RSA-4096 key
  // takes a while to make on a busy machine.
  const tls = ownCaCertificate({ commonName: serverName, dnsNames: [serverName], ipAddresses: [address] }, 'server');
  const tlsDir = join(dir, 'tls');
  await mkdir(tlsDir);
  await writeFile(join(tlsDir, 'ca.pem'), tls.ca);
  await writeFile(join(tlsDir, 'cert.pem'), tls.cert);
  // samba refuses a key file that anyone but its owner can read.
  await writeFile(join(tlsDir, 'key.pem'), tls.key, { mode: 0o600 });

  const options: Readonly<Record<string, string>> = {
    // A bare address must be one an interface already has (only 127.0.0.1 on lo); with a mask samba takes it as given.
    interfaces: `${address}/8`,
    'bind interfaces only': 'yes',
    // LDAP alone: no DNS, NetBIOS, KDC, SMB, RPC, replication or winbind, nothing listening but 389/636/3268/3269.
    'server services': 'ldap',
    'tls enabled': 'yes',
    'tls keyfile': join(tlsDir, 'key.pem'),
    'tls certfile': join(tlsDir, 'cert.pem'),
    'tls cafile': join(tlsDir, 'ca.pem'),
    // The default `yes` already allows simple binds over TLS (and refuses them in clear), which is what tests want.
    'ldap server require strong auth': 'yes',
    // Everything else that would default to /run/samba, /var/lib/samba or /var/log/samba goes in the temp dir.
    'pid directory': join(dir, 'run'),
    'ncalrpc dir': join(dir, 'run', 'ncalrpc'),
    'winbindd socket directory': join(dir, 'run', 'winbindd'),
    'ntp signd socket directory': join(dir, 'run', 'ntp_signd'),
    'log file': join(dir, 'log', 'log.%m'),
    // Failed binds appear in samba's output (auth_audit logs failures at level 2), for a failing test's message.
    'log level': '1 auth_audit:2',
  };
  await mkdir(join(dir, 'etc'));
  await mkdir(join(dir, 'run'));
  await mkdir(join(dir, 'log'));
  // An empty smb.conf of our own: without `-s`, samba-tool would start from /etc/samba/smb.conf and copy its settings.
  await writeFile(smbConf, '');

  const tool = (args: readonly string[], timeout = TOOL_TIMEOUT_MS): Promise<string> =>
    run(SAMBA_TOOL, [...args, '-s', smbConf], timeout);
  const sambaTool = (...args: string[]): Promise<string> => tool([...args, '-H', samLdb]);

  await tool(
    [
      'domain',
      'provision',
      `--realm=${REALM}`,
      `--domain=${DOMAIN}`,
      `--host-name=${HOST_NAME}`,
      '--server-role=dc',
      '--dns-backend=NONE',
      `--adminpass=${adminPassword}`,
      `--targetdir=${dir}`,
      ...Object.entries(options).map(([name, value]) => `--option=${name}=${value}`),
    ],
    PROVISION_TIMEOUT_MS,
  );

  // Seeded offline, before samba starts: the local sam.ldb, no network and no competition.
  const createUser = async (name: string, password: string): Promise<void> => {
    await sambaTool(
      'user',
      'create',
      name,
      password,
      `--given-name=${capitalised(name)}`,
      '--surname=Example',
      `--mail-address=${name}@${DNS_DOMAIN}`,
    );
  };
  // Samba accepts the previous password for an hour after a change by default (for NTLM's sake), and
  // provisioning does not keep that option: written after it, so write-back tests see the old one stop.
  const provisioned = await readFile(smbConf, 'utf8');
  await writeFile(smbConf, provisioned.replace('[global]\n', '[global]\n\told password allowed period = 0\n'));
  // Users may change their own password at once (the default minimum age is a day): write-back tests do.
  await sambaTool('domain', 'passwordsettings', 'set', '--min-pwd-age=0');
  for (const { name, password } of users) await createUser(name, password);
  await sambaTool('user', 'create', 'redoubt-bind', bindPassword, '--description=Redoubt directory sync');
  await sambaTool('user', 'setexpiry', 'redoubt-bind', '--noexpiry');
  await sambaTool('group', 'add', 'engineers');
  await sambaTool('group', 'add', 'platform');
  await sambaTool('group', 'addmembers', 'platform', 'bob');
  await sambaTool('group', 'addmembers', 'engineers', 'alice,platform');

  const child = spawn(
    SAMBA,
    // -i: foreground, log to stdout, no process group of its own, exit on EOF on stdin; single: one process to kill.
    ['-i', '-M', 'single', '-s', smbConf, `--maximum-runtime=${MAXIMUM_RUNTIME_S}`],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // A write to a samba that died would raise EPIPE on stdin; its exit is reported by the supervisor.
  child.stdin.on('error', () => undefined);
  const server = supervise(child, 'samba', {
    keep: 32_000,
    patienceMs: STOP_TIMEOUT_MS,
    beforeStop: () => child.stdin.end(),
  });
  const { exited } = server;
  const output = server.output;
  let disposed = false;
  const stop = async (): Promise<void> => {
    if (disposed) return;
    disposed = true;
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };

  const adminDn = `CN=Administrator,${USERS_DN}`;
  const tlsOptions: ConnectionOptions = { ca: [tls.ca], servername: serverName };
  const asAdmin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ url, tlsOptions, connectTimeout: 10_000, timeout: 30_000 });
    try {
      await client.bind(adminDn, adminPassword);
      return await work(client);
    } finally {
      await client.unbind().catch(() => undefined);
    }
  };
  const modify = (dn: string, changes: SambaAdAttributes): Promise<void> =>
    asAdmin((client) =>
      client.modify(
        dn,
        Object.entries(changes).map(
          ([type, values]) =>
            new Change({ operation: 'replace', modification: new Attribute({ type, values: toList(values) }) }),
        ),
      ),
    );
  const dnOf = async (name: string): Promise<string> => {
    const { searchEntries } = await asAdmin((client) =>
      client.search(BASE_DN, { scope: 'sub', filter: `(sAMAccountName=${escapeFilter(name)})`, attributes: ['dn'] }),
    );
    const dn = searchEntries[0]?.dn;
    if (dn === undefined) throw new Error(`no account ${name} in ${BASE_DN}`);
    return dn;
  };

  const handle: SambaAdHandle = {
    url,
    ldapUrl,
    address,
    ca: tls.ca,
    serverName,
    tlsOptions,
    baseDn: BASE_DN,
    usersDn: USERS_DN,
    realm: REALM,
    domain: DOMAIN,
    adminDn,
    adminUpn: `Administrator@${DNS_DOMAIN}`,
    adminPassword,
    bindDn: `CN=redoubt-bind,${USERS_DN}`,
    bindUpn: `redoubt-bind@${DNS_DOMAIN}`,
    bindPassword,
    engineersDn,
    platformDn,
    users,
    dir,
    smbConf,
    log: output,
    sambaTool,
    asAdmin,
    modify,
    dnOf,
    async addUser(name, password) {
      await createUser(name, password);
      return user(name, password);
    },
    async deleteUser(name) {
      await sambaTool('user', 'delete', name);
    },
    async disableUser(name) {
      await sambaTool('user', 'disable', name);
    },
    async enableUser(name) {
      await sambaTool('user', 'enable', name);
    },
    async mustChangePassword(name) {
      // AD takes only 0 (must change) or -1 (now) for pwdLastSet.
      await modify(await dnOf(name), { pwdLastSet: '0' });
    },
    async setPasswordExpired(name, password) {
      await run(PYTHON, ['-c', EXPIRED_PASSWORD_PY, smbConf, samLdb, await dnOf(name), password], TOOL_TIMEOUT_MS);
    },
    [Symbol.asyncDispose]: stop,
  };

  try {
    // A simple bind over LDAPS proves the listener, the certificate and the directory at once.
    await retry('samba AD ready', () => asAdmin(async () => undefined), {
      timeout: READY_TIMEOUT_MS,
      abort: exited,
      details: () => `samba output:\n${output()}`,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return handle;
}

/**
 * A random address in 127.0.0.0/8 whose LDAP ports are free. Not 127.0.x.x: 127.0.0.1 is everyone's
 * and Debian maps the host name to 127.0.1.1.
 * @throws Error if the ports cannot be bound at all (not root) or no free address turns up
 */
async function freeLoopbackAddress(): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const address = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    if ((await canListen(address, 389)) && (await canListen(address, 636))) return address;
  }
  throw new Error('samba AD: no free loopback address for ports 389 and 636');
}

/** Whether `address:port` can be listened on now. @throws Error if the port is privileged and we are not root */
function canListen(address: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EACCES') reject(new Error(`samba AD needs port ${port} (run the tests as root)`));
      else resolve(false);
    });
    server.listen({ host: address, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Runs a program to completion. @returns its stdout @throws Error with its output when it fails or overruns */
function run(file: string, args: readonly string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout, maxBuffer: 16 << 20 }, (error, stdout) => {
      if (error === null) resolve(stdout);
      // The message has the command line and its stderr; stdout may say more.
      else reject(new Error(`${error.message}${error.killed ? `(killed after ${timeout} ms)\n` : ''}${stdout}`));
    });
  });
}

function toList(values: string | Buffer | readonly (string | Buffer)[]): string[] | Buffer[] {
  const list = typeof values === 'string' || Buffer.isBuffer(values) ? [values] : [...values];
  // ldapts takes a list of strings or a list of Buffers, not a mix.
  return list.every((value) => typeof value === 'string')
    ? list
    : list.map((value) => (typeof value === 'string' ? Buffer.from(value) : value));
}

/** RFC 4515 escaping of a value put into a filter. */
function escapeFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
