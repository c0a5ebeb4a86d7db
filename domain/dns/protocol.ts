/**
 * The org's DNS settings as its entity (`dns-settings/<org>`) keeps them: the networks its plain
 * DNS queries come from, the filtering rules of the org, of each project and of each user, and the
 * devices its people registered (each with a token only the device holds: the entity keeps the
 * token's keyed id, never the token).
 */

/** Whose rule: the whole org, one project's members, one of the org's DNS groups, or one user. */
export type RuleTarget = 'org' | `project:${string}` | `group:${string}` | `user:${string}`;

/** A DNS group's name: lower-case letters, digits and dashes (`kids`, `night-shift`). */
export const GROUP_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Lists switched on for part of the week, in a time zone (the times are local there). */
export interface ScheduledLists {
  readonly lists: readonly string[];
  /** ISO weekdays, 1 (Monday) to 7 (Sunday). */
  readonly days: readonly number[];
  /** Minutes after local midnight: from inclusive, to exclusive; from > to spans midnight. */
  readonly fromMinute: number;
  readonly toMinute: number;
  /** An IANA time zone (`Europe/Berlin`). */
  readonly timeZone: string;
}

/** A filtering rule: lists always on, lists on by schedule, and names of its own to block or allow. */
export interface DnsRule {
  readonly lists: readonly string[];
  readonly schedules: readonly ScheduledLists[];
  /** Domains blocked with the names under them (`*.example.com`: only the names under it). */
  readonly block: readonly string[];
  /** Domains let through whatever a list says. */
  readonly allow: readonly string[];
}

export interface DnsDevice {
  readonly accountId: string;
  /** What its owner calls it ("Ada's phone"). */
  readonly name: string;
  /** The keyed id of its token (the `dns-device` entity's id). */
  readonly tokenId: string;
  readonly createdAt: number;
}

/** A record of one of the org's own zones, answered with authority. */
export interface ZoneRecord {
  /** The owner name, lower-case without the root dot: the zone itself or a name under it. */
  readonly name: string;
  readonly type: ZoneRecordType;
  readonly ttl: number;
  /** The address (A, AAAA), target name (CNAME, MX) or text (TXT). */
  readonly value: string;
  /** MX only. */
  readonly priority?: number;
}

export type ZoneRecordType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT';
export const ZONE_RECORD_TYPES: readonly ZoneRecordType[] = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'];

export interface DnsSettingsState {
  /** CIDRs, normalised. */
  readonly networks: readonly string[];
  /** The org's own zones (`acme.example`) and their records. */
  readonly zones: Readonly<Record<string, readonly ZoneRecord[]>>;
  readonly rules: Readonly<Record<string, DnsRule>>;
  /** Named sets of the org's accounts that rules and reports can target (absent in settings made before groups). */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
  /** By device id; a revoked device is gone from here. */
  readonly devices: Readonly<Record<string, DnsDevice>>;
}

export type DnsSettingsCommand =
  | { readonly type: 'get' }
  | { readonly type: 'setNetworks'; readonly networks: readonly string[] }
  /** Sets the target's rule; `rule: null` removes it. */
  | { readonly type: 'setRule'; readonly target: RuleTarget; readonly rule: DnsRule | null }
  /** Sets a zone's records (all of them); `records: null` removes the zone. */
  | { readonly type: 'setZone'; readonly zone: string; readonly records: readonly ZoneRecord[] | null }
  /** Sets a group's members (all of them); `accountIds: null` removes the group. */
  | { readonly type: 'setGroup'; readonly group: string; readonly accountIds: readonly string[] | null }
  | { readonly type: 'addDevice'; readonly deviceId: string; readonly device: DnsDevice }
  /** `accountId`: only that account's device (a member revoking their own); absent: any (an admin). */
  | { readonly type: 'revokeDevice'; readonly deviceId: string; readonly accountId?: string };

export type DnsSettingsEvent =
  | { readonly type: 'networksSet'; readonly networks: readonly string[] }
  | { readonly type: 'ruleSet'; readonly target: RuleTarget; readonly rule: DnsRule | null }
  | { readonly type: 'zoneSet'; readonly zone: string; readonly records: readonly ZoneRecord[] | null }
  | { readonly type: 'groupSet'; readonly group: string; readonly accountIds: readonly string[] | null }
  | { readonly type: 'deviceAdded'; readonly deviceId: string; readonly device: DnsDevice }
  | { readonly type: 'deviceRevoked'; readonly deviceId: string };

export type DnsSettingsReply =
  | DnsSettingsState
  | { readonly ok: true }
  /** What revokeDevice revoked (its token's id, for the device index). */
  | { readonly revoked: DnsDevice };

/** Limits that keep one org's settings small enough to check on every query. */
export const MAX_NETWORKS = 64;
export const MAX_RULES = 5_000;
export const MAX_LISTS_PER_RULE = 32;
export const MAX_SCHEDULES_PER_RULE = 16;
export const MAX_NAMES_PER_RULE = 1_000;
export const MAX_DEVICES = 10_000;
export const MAX_DEVICES_PER_ACCOUNT = 50;
export const MAX_ZONES = 20;
export const MAX_GROUPS = 200;
export const MAX_GROUP_MEMBERS = 5_000;
export const MAX_RECORDS_PER_ZONE = 1_000;

/** A list's name in the operator's catalog. */
export const LIST_NAME = /^[a-z0-9][a-z0-9-]{0,31}$/;
/** A device's id (made by the gateway). */
export const DEVICE_ID = /^[a-z0-9]{8,32}$/;
/** A token's keyed id: 64 hex digits. */
export const TOKEN_ID = /^[0-9a-f]{64}$/;
