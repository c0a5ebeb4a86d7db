/**
 * The login bench's directory figure: DirectoryService.LoginWithDirectory through the gateway
 * (a service-account bind and search, the user's own bind on a connection of its own, the group
 * lookup, a session) against raw ldapts binds of the same users over LDAPS, on one private slapd
 * (sim/peers/slapd.ts), at the same concurrency. Accounts exist (first sign-ins are not timed).
 */
import { Client } from 'ldapts';
import * as OTPAuth from 'otpauth';
import type { ApiClient } from '../../gateway/index.js';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { sshaPassword, startSlapd } from '../peers/slapd.js';
import { figure } from './figure.js';
import type { Figure } from './figure.js';
import { inFlight, perSecond } from './in-flight.js';
import type { BenchOptions } from './runtime.js';

const IN_FLIGHT = 8;
const ORG = 'bench-ldap';
const ADMIN_PASSWORD = 'bench admin password that is long enough';

export async function directoryLoginFigure(api: ApiClient, dataDir: string, options: BenchOptions): Promise<Figure> {
  await using slapd = await startSlapd();
  const users = Array.from({ length: options.quick ? 8 : 50 }, (_, i) => ({
    uid: `bench${i}`,
    dn: `uid=bench${i},${slapd.peopleDn}`,
    password: `bench ${i} directory password`,
  }));
  options.progress(`a private slapd with ${users.length} users; an org signing in through it`);
  for (const user of users) {
    await slapd.add(user.dn, {
      objectClass: 'inetOrgPerson',
      uid: user.uid,
      cn: user.uid,
      sn: 'Bench',
      mail: `${user.uid}@ldap.example.org`,
      userPassword: sshaPassword(user.password),
    });
  }
  await slapd.modify(slapd.engineersDn, { member: users.map((user) => user.dn) });
  const admin = await steppedUpAdmin(api, dataDir);
  await admin.call('DirectoryService', 'SetDirectory', {
    orgId: ORG,
    flavor: 'openldap',
    url: slapd.ldapsUrl,
    caPem: slapd.ca,
    bindDn: slapd.bindDn,
    bindPassword: slapd.bindPassword,
    baseDn: slapd.baseDn,
    groupRoles: [{ groupDn: slapd.engineersDn, role: 'ROLE_MEMBER' }],
  });
  const login = (user: (typeof users)[number]) =>
    api.call('DirectoryService', 'LoginWithDirectory', { orgId: ORG, username: user.uid, password: user.password });
  await inFlight(users, IN_FLIGHT, login);

  const rounds = options.quick ? 1 : 3;
  const repeated = Array.from({ length: rounds }, () => users).flat();
  options.progress(`LoginWithDirectory vs raw LDAPS binds, ${repeated.length} each, ${IN_FLIGHT} in flight`);
  const ours = await perSecond(repeated, IN_FLIGHT, login);
  const raw = await perSecond(repeated, IN_FLIGHT, async (user) => {
    const client = new Client({ url: slapd.ldapsUrl, tlsOptions: { ca: slapd.ca } });
    try {
      await client.bind(user.dn, user.password);
    } finally {
      await client.unbind();
    }
  });
  return figure(
    'login',
    'ldap_login_per_s',
    ours,
    raw,
    'logins/s',
    `LoginWithDirectory through the gateway (accounts made), ${IN_FLIGHT} in flight, ${users.length} users × ${rounds}; baseline: raw ldapts binds over a fresh LDAPS connection each, same slapd`,
  );
}

/** The platform's first superadmin, admin of the org, stepped up to AAL2 with an authenticator. */
async function steppedUpAdmin(api: ApiClient, dataDir: string): Promise<ApiClient> {
  const { accountId } = (await callAdmin(dataDir, {
    op: 'create-superadmin',
    email: 'ldap-admin@example.org',
    displayName: 'Bench admin',
    password: ADMIN_PASSWORD,
  })) as { accountId: string };
  const { accessToken } = await api.call<{ accessToken: string }>('AuthService', 'Login', {
    email: 'ldap-admin@example.org',
    password: ADMIN_PASSWORD,
  });
  const admin = api.withToken(accessToken);
  await admin.call('OrgService', 'CreateOrg', {
    orgId: ORG,
    name: 'Bench LDAP',
    homeRegion: 'local',
    adminAccountId: accountId,
  });
  const { secret } = await admin.call<{ secret: string }>('FactorService', 'StartTotp', {});
  const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
  const { tokens } = await admin.call<{ tokens: { accessToken: string } }>('FactorService', 'ConfirmTotp', { code });
  return api.withToken(tokens.accessToken);
}
