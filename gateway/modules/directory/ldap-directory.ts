/**
 * Talking to an org's LDAP or Active Directory server (ldapts): always over TLS (ldaps://, or
 * ldap:// upgraded by StartTLS before anything is sent), the service account for searches, the
 * user's own bind to check a password, group membership (nested groups through AD's
 * LDAP_MATCHING_RULE_IN_CHAIN), and the incremental listing a sync needs (modifyTimestamp on
 * OpenLDAP, uSNChanged on AD). Every value put into a filter is escaped.
 */
import {
  AndFilter,
  Attribute,
  BerWriter,
  Change,
  Client,
  ConstraintViolationError,
  EqualityFilter,
  Filter,
  FilterParser,
  InsufficientAccessError,
  InvalidCredentialsError,
  UnwillingToPerformError,
} from 'ldapts';
import type { Entry } from 'ldapts';
import type { DirectoryConfig } from '../../../domain/directory/index.js';
import type { OrgRole } from '../../../domain/index.js';

const TIMEOUT_MS = 10_000;
/** AD's bit of userAccountControl for a disabled account. */
const ACCOUNTDISABLE = 0x2;
/** LDAP_MATCHING_RULE_IN_CHAIN: membership through nested groups (AD). */
const IN_CHAIN = '1.2.840.113556.1.4.1941';
const ROLE_RANK: Readonly<Record<OrgRole, number>> = { guest: 1, member: 2, admin: 3 };

/** Why the directory refused, for the caller: AD's sub-codes (the "data 52e" of its message) and LDAP's own. */
export const DIRECTORY_REFUSALS = {
  '525': ['USER_NOT_FOUND', 'wrong user name or password'],
  '52e': ['BAD_CREDENTIALS', 'wrong user name or password'],
  '530': ['LOGON_HOURS', 'the directory does not allow this account to sign in at this time'],
  '531': ['WORKSTATION_RESTRICTED', 'the directory does not allow this account to sign in from here'],
  '532': ['PASSWORD_EXPIRED', 'the directory password has expired: change it there first'],
  '533': ['ACCOUNT_DISABLED', 'the directory account is disabled'],
  '701': ['ACCOUNT_EXPIRED', 'the directory account has expired'],
  '773': ['PASSWORD_MUST_CHANGE', 'the directory password must be changed before signing in'],
  '775': ['ACCOUNT_LOCKED', 'the directory account is locked out'],
} as const;

/** A directory user as Redoubt reads it. */
export interface DirectoryUser {
  readonly dn: string;
  /** entryUUID (OpenLDAP) or objectGUID (AD), as a lower-case UUID. */
  readonly uuid: string;
  readonly email: string;
  readonly name: string;
  readonly enabled: boolean;
  /** modifyTimestamp (OpenLDAP) or uSNChanged (AD): where this entry is in the change order. */
  readonly changeMark: string;
}

/** A refusal by the directory, with its reason. */
export class DirectoryRefusal extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'DirectoryRefusal';
  }
}

/** A failure to reach or use the directory (network, TLS, service account), with what to check. */
export class DirectoryUnreachable extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DirectoryUnreachable';
  }
}

/** RFC 3062's Password Modify extended operation (OpenLDAP hashes the new password itself). */
const PASSWORD_MODIFY = '1.3.6.1.4.1.4203.1.11.1';

/** A TLS connection to the directory, not bound yet. @throws DirectoryUnreachable */
async function connect(config: DirectoryConfig): Promise<Client> {
  const tlsOptions = {
    minVersion: 'TLSv1.2' as const,
    ...(config.caPem === '' ? {} : { ca: config.caPem }),
    ...(config.tlsServerName === '' ? {} : { servername: config.tlsServerName }),
  };
  const secure = config.url.startsWith('ldaps://');
  // ldapts would wrap an ldap:// connection in TLS at once if given tlsOptions: StartTLS gets them instead.
  const client = new Client({
    url: config.url,
    timeout: TIMEOUT_MS,
    connectTimeout: TIMEOUT_MS,
    ...(secure ? { tlsOptions } : {}),
  });
  if (!secure) {
    try {
      await client.startTLS(tlsOptions);
    } catch (error) {
      await client.unbind().catch(() => undefined);
      throw new DirectoryUnreachable(
        `StartTLS with ${config.url} failed (${describe(error)}): Redoubt never sends passwords in the clear`,
        {
          cause: error,
        },
      );
    }
  }
  return client;
}

/** A client bound as the service account; close it with `unbind()`. @throws DirectoryUnreachable */
export async function serviceClient(config: DirectoryConfig): Promise<Client> {
  const client = await connect(config);
  try {
    await client.bind(config.bindDn, config.bindPassword);
    return client;
  } catch (error) {
    await client.unbind().catch(() => undefined);
    throw new DirectoryUnreachable(`the service account could not bind to ${config.url} (${describe(error)})`, {
      cause: error,
    });
  }
}

/** The attributes a user entry is read with. */
function userAttributes(config: DirectoryConfig): string[] {
  const ad = config.flavor === 'active_directory';
  return [
    ad ? 'objectGUID' : 'entryUUID',
    config.emailAttribute,
    config.nameAttribute,
    ad ? 'userAccountControl' : 'modifyTimestamp',
    ...(ad ? ['uSNChanged'] : []),
  ];
}

function userOf(config: DirectoryConfig, entry: Entry): DirectoryUser | undefined {
  const ad = config.flavor === 'active_directory';
  const uuid = ad ? guidText(entry['objectGUID']) : first(entry['entryUUID']).toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(uuid)) return undefined;
  const control = Number(first(entry['userAccountControl']) || '0');
  return {
    dn: entry.dn,
    uuid,
    email: first(entry[config.emailAttribute]).trim().toLowerCase(),
    name: first(entry[config.nameAttribute]).trim(),
    enabled: !(ad && (control & ACCOUNTDISABLE) !== 0),
    changeMark: first(entry[ad ? 'uSNChanged' : 'modifyTimestamp']),
  };
}

/** The user who signs in as `login`, or undefined (also when the name matches several). */
export async function findUser(
  client: Client,
  config: DirectoryConfig,
  login: string,
): Promise<DirectoryUser | undefined> {
  const filter = `(&${config.userFilter}(${config.loginAttribute}=${Filter.escape(login)}))`;
  return onlyUser(client, config, filter);
}

/** The one user `filter` finds, or undefined when none or several. */
async function onlyUser(
  client: Client,
  config: DirectoryConfig,
  filter: string | Filter,
): Promise<DirectoryUser | undefined> {
  const { searchEntries } = await client.search(config.baseDn, {
    scope: 'sub',
    filter,
    attributes: userAttributes(config),
    explicitBufferAttributes: ['objectGUID'],
    sizeLimit: 2,
  });
  return searchEntries.length === 1 ? userOf(config, searchEntries[0]!) : undefined;
}

/**
 * Checks the user's password by binding as the user, on a connection of its own.
 * @throws DirectoryRefusal with AD's precise reason when the directory says no
 */
export async function checkPassword(config: DirectoryConfig, dn: string, password: string): Promise<void> {
  // An empty password would be an unauthenticated bind, which LDAP answers "success".
  if (password === '') throw new DirectoryRefusal('BAD_CREDENTIALS', 'wrong user name or password');
  const client = await connect(config);
  try {
    await bindAsUser(client, dn, password);
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

/** Binds as the user. @throws DirectoryRefusal with AD's precise reason, DirectoryUnreachable */
async function bindAsUser(client: Client, dn: string, password: string): Promise<void> {
  try {
    await client.bind(dn, password);
  } catch (error) {
    if (error instanceof InvalidCredentialsError) {
      const code = /data ([0-9a-f]{3})/i.exec(error.message)?.[1]?.toLowerCase() as
        keyof typeof DIRECTORY_REFUSALS | undefined;
      const [reason, message] = (code !== undefined && DIRECTORY_REFUSALS[code]) || DIRECTORY_REFUSALS['52e'];
      throw new DirectoryRefusal(reason, message);
    }
    throw new DirectoryUnreachable(`the directory could not check the password (${describe(error)})`, { cause: error });
  }
}

/** The user a directory id names (entryUUID, or objectGUID), or undefined if gone. */
export async function userByUuid(
  client: Client,
  config: DirectoryConfig,
  uuid: string,
): Promise<DirectoryUser | undefined> {
  // objectGUID is binary: an equality filter on its bytes (a string filter would pass them as UTF-8).
  const id =
    config.flavor === 'active_directory'
      ? new EqualityFilter({ attribute: 'objectGUID', value: guidBytes(uuid) })
      : new EqualityFilter({ attribute: 'entryUUID', value: uuid });
  const filter = new AndFilter({ filters: [FilterParser.parseString(config.userFilter), id] });
  return onlyUser(client, config, filter);
}

/**
 * Changes the user's own password in the directory, bound as the user with the current one (so
 * the directory checks it and applies its own policy and history): AD's delete-and-add of
 * unicodePwd, OpenLDAP's Password Modify operation. Only over ldaps://.
 * @throws DirectoryRefusal (BAD_CREDENTIALS and AD's other sub-codes, PASSWORD_POLICY, WRITE_BACK_DENIED)
 * @throws DirectoryUnreachable
 */
export async function changePassword(
  config: DirectoryConfig,
  dn: string,
  current: string,
  next: string,
): Promise<void> {
  if (!config.url.startsWith('ldaps://')) {
    throw new DirectoryRefusal('WRITE_BACK_NEEDS_LDAPS', 'passwords are written back over ldaps:// only');
  }
  if (current === '') throw new DirectoryRefusal('BAD_CREDENTIALS', 'wrong user name or password');
  const client = await connect(config);
  try {
    await bindAsUser(client, dn, current);
    try {
      if (config.flavor === 'active_directory') {
        // AD takes the password as a quoted UTF-16LE string; delete-old-add-new is the user's own change.
        const quoted = (password: string) => Buffer.from(`"${password}"`, 'utf16le');
        await client.modify(dn, [
          new Change({
            operation: 'delete',
            modification: new Attribute({ type: 'unicodePwd', values: [quoted(current)] }),
          }),
          new Change({ operation: 'add', modification: new Attribute({ type: 'unicodePwd', values: [quoted(next)] }) }),
        ]);
      } else {
        const request = new BerWriter();
        request.startSequence();
        request.writeString(current, 0x81);
        request.writeString(next, 0x82);
        request.endSequence();
        await client.exop(PASSWORD_MODIFY, request.buffer);
      }
    } catch (error) {
      if (error instanceof ConstraintViolationError || error instanceof UnwillingToPerformError) {
        throw new DirectoryRefusal(
          'PASSWORD_POLICY',
          "the directory refused the new password: it does not meet the directory's password policy (length, complexity, history or minimum age)",
        );
      }
      if (error instanceof InsufficientAccessError) {
        throw new DirectoryRefusal('WRITE_BACK_DENIED', 'the directory does not let you change your password this way');
      }
      throw new DirectoryUnreachable(`the directory could not change the password (${describe(error)})`, {
        cause: error,
      });
    }
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

/** The roles a user's groups give: in the org, and in each project the group map names. */
export interface DirectoryRoles {
  /** The highest org role of the user's groups, else the directory's default (maybe none). */
  readonly org: OrgRole | undefined;
  /** Per mapped project, the highest role of the user's groups there, or undefined for none. */
  readonly projects: ReadonlyMap<string, OrgRole | undefined>;
}

export async function rolesOf(client: Client, config: DirectoryConfig, user: DirectoryUser): Promise<DirectoryRoles> {
  // Membership of each mapped group, asked once each; the ranking is bestRoles'.
  const member = new Map<string, boolean>();
  for (const { groupDn } of config.groupRoles) {
    if (!member.has(groupDn)) member.set(groupDn, await isMember(client, config, user.dn, groupDn));
  }
  return bestRoles(config, (groupDn) => member.get(groupDn) ?? false);
}

/** The highest role per scope (the org, each mapped project) among the groups `inGroup` holds. */
function bestRoles(config: DirectoryConfig, inGroup: (groupDn: string) => boolean): DirectoryRoles {
  let org: OrgRole | undefined;
  const projects = new Map<string, OrgRole | undefined>();
  for (const { groupDn, role, projectId } of config.groupRoles) {
    if (projectId !== undefined && !projects.has(projectId)) projects.set(projectId, undefined);
    const best = projectId === undefined ? org : projects.get(projectId);
    if ((best !== undefined && ROLE_RANK[best] >= ROLE_RANK[role]) || !inGroup(groupDn)) continue;
    if (projectId === undefined) org = role;
    else projects.set(projectId, role);
  }
  return { org: org ?? config.defaultRole, projects };
}

async function isMember(client: Client, config: DirectoryConfig, userDn: string, groupDn: string): Promise<boolean> {
  const found =
    config.flavor === 'active_directory'
      ? // The user's entry, if it is in the group or in a group inside it, however deep.
        await client.search(userDn, {
          scope: 'base',
          filter: `(memberOf:${IN_CHAIN}:=${Filter.escape(groupDn)})`,
          attributes: ['dn'],
        })
      : await client.search(groupDn, {
          scope: 'base',
          filter: `(|(member=${Filter.escape(userDn)})(uniqueMember=${Filter.escape(userDn)}))`,
          attributes: ['dn'],
        });
  return found.searchEntries.length > 0;
}

/** Users changed at or after `cursor` ('' for all), and the cursor to start from next time. */
export async function changedUsers(
  client: Client,
  config: DirectoryConfig,
  cursor: string,
): Promise<{ users: DirectoryUser[]; cursor: string }> {
  const ad = config.flavor === 'active_directory';
  const since =
    cursor === '' ? '' : ad ? `(uSNChanged>=${BigInt(cursor) + 1n})` : `(modifyTimestamp>=${Filter.escape(cursor)})`;
  const users = await search(client, config, since === '' ? config.userFilter : `(&${config.userFilter}${since})`);
  let next = cursor;
  for (const user of users) if (later(ad, user.changeMark, next)) next = user.changeMark;
  return { users, cursor: next };
}

/**
 * Whether a group changed at or after `cursor` (a membership change touches the group's entry, not
 * its members'), and the newest change mark among the groups. '' (a first sync) counts as changed.
 */
export async function groupsChangedSince(
  client: Client,
  config: DirectoryConfig,
  cursor: string,
): Promise<{ changed: boolean; mark: string }> {
  const ad = config.flavor === 'active_directory';
  const groups = ad ? '(objectClass=group)' : '(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))';
  const since =
    cursor === '' ? '' : ad ? `(uSNChanged>=${BigInt(cursor) + 1n})` : `(modifyTimestamp>=${Filter.escape(cursor)})`;
  const markAttribute = ad ? 'uSNChanged' : 'modifyTimestamp';
  const { searchEntries } = await client.search(config.baseDn, {
    scope: 'sub',
    filter: since === '' ? groups : `(&${groups}${since})`,
    attributes: [markAttribute],
    paged: { pageSize: 500 },
  });
  let mark = cursor;
  for (const entry of searchEntries) {
    const value = first(entry[markAttribute]);
    if (later(ad, value, mark)) mark = value;
  }
  return { changed: cursor === '' || searchEntries.length > 0, mark };
}

/** The members (their DNs, lower-case) of each mapped group, nested groups included with AD. */
export async function mappedGroupMembers(client: Client, config: DirectoryConfig): Promise<Map<string, Set<string>>> {
  const members = new Map<string, Set<string>>();
  for (const { groupDn } of config.groupRoles) {
    if (members.has(groupDn)) continue;
    let dns: string[];
    if (config.flavor === 'active_directory') {
      const { searchEntries } = await client.search(config.baseDn, {
        scope: 'sub',
        filter: `(&${config.userFilter}(memberOf:${IN_CHAIN}:=${Filter.escape(groupDn)}))`,
        attributes: ['dn'],
        paged: { pageSize: 500 },
      });
      dns = searchEntries.map((entry) => entry.dn);
    } else {
      const { searchEntries } = await client
        .search(groupDn, { scope: 'base', attributes: ['member', 'uniqueMember'] })
        .catch(() => ({ searchEntries: [] }));
      const entry = searchEntries[0];
      dns = entry === undefined ? [] : [...all(entry['member']), ...all(entry['uniqueMember'])];
    }
    members.set(groupDn, new Set(dns.map((dn) => dn.toLowerCase())));
  }
  return members;
}

/** {@link rolesOf} from memberships read once for all users ({@link mappedGroupMembers}). */
export function rolesFromMembers(
  config: DirectoryConfig,
  user: DirectoryUser,
  members: ReadonlyMap<string, ReadonlySet<string>>,
): DirectoryRoles {
  const dn = user.dn.toLowerCase();
  return bestRoles(config, (groupDn) => members.get(groupDn)?.has(dn) ?? false);
}

/** Every user of the directory now, by uuid (to find who was removed or disabled). */
export async function allUsers(client: Client, config: DirectoryConfig): Promise<Map<string, DirectoryUser>> {
  return new Map((await search(client, config, config.userFilter)).map((user) => [user.uuid, user]));
}

async function search(client: Client, config: DirectoryConfig, filter: string): Promise<DirectoryUser[]> {
  const { searchEntries } = await client.search(config.baseDn, {
    scope: 'sub',
    filter,
    attributes: userAttributes(config),
    explicitBufferAttributes: ['objectGUID'],
    paged: { pageSize: 500 },
  });
  return searchEntries.flatMap((entry) => userOf(config, entry) ?? []);
}

/** Whether change mark `a` comes after `b` (uSNs compare as numbers, generalized times as text). */
/** The later of two change marks of this directory. */
export function laterMark(config: DirectoryConfig, a: string, b: string): string {
  return later(config.flavor === 'active_directory', b, a) ? b : a;
}

function later(ad: boolean, a: string, b: string): boolean {
  if (b === '') return a !== '';
  return ad ? BigInt(a) > BigInt(b) : a > b;
}

function all(value: Entry[string] | undefined): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map((item: string | Buffer) => (Buffer.isBuffer(item) ? item.toString('utf8') : String(item)));
}

function first(value: Entry[string] | undefined): string {
  const item = Array.isArray(value) ? value[0] : value;
  return item === undefined ? '' : Buffer.isBuffer(item) ? item.toString('utf8') : String(item);
}

/** objectGUID's 16 bytes as the UUID text AD shows (its first three fields little-endian). */
function guidText(value: Entry[string] | undefined): string {
  const bytes = Array.isArray(value) ? value[0] : value;
  if (!Buffer.isBuffer(bytes) || bytes.length !== 16) return '';
  const hex = (from: number, to: number, reverse: boolean) => {
    const slice = Buffer.from(bytes.subarray(from, to));
    return (reverse ? slice.reverse() : slice).toString('hex');
  };
  return `${hex(0, 4, true)}-${hex(4, 6, true)}-${hex(6, 8, true)}-${hex(8, 10, false)}-${hex(10, 16, false)}`;
}

/** The inverse of {@link guidText}: the 16 bytes of objectGUID as AD stores them. */
function guidBytes(uuid: string): Buffer {
  const hex = uuid.replaceAll('-', '');
  const field = (from: number, to: number, reverse: boolean) => {
    const bytes = Buffer.from(hex.slice(from * 2, to * 2), 'hex');
    return reverse ? bytes.reverse() : bytes;
  };
  return Buffer.concat([field(0, 4, true), field(4, 6, true), field(6, 8, true), field(8, 16, false)]);
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
