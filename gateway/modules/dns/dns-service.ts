/**
 * DnsService: the devices an org's people register with its resolver, the org's networks, and the
 * filtering rules of the org, its projects and its users. Settings live in `dns-settings/<org>`;
 * a token's owner in the device index, under the token's keyed hash. A token is made from a keyed
 * digest of the call's idempotency key, so a retried AddDnsDevice returns the same token and
 * never leaves a second, unlisted one behind.
 */
import { createHash } from 'node:crypto';
import { UnavailableError } from '../../../actors/index.js';
import { org } from '../../../domain/index.js';
import {
  dnsDevice,
  dnsNetworks,
  dnsReport,
  dnsSettings,
  dnsZones,
  NETWORK_INDEX_ID,
  parseCidr,
} from '../../../domain/dns/index.js';
import type {
  DnsDevice,
  DnsRule,
  DnsSettingsCommand,
  DnsSettingsState,
  ReportRow,
  RuleTarget,
  ZoneRecord,
} from '../../../domain/dns/index.js';
import { deviceTokenOf } from '../../dns/device-token.js';
import { comparableName } from '../../dns/dns-message.js';
import { callerOf } from '../../call-context.js';
import type { CallContext } from '../../call-context.js';
import { InvalidArgumentError, PermissionDeniedError } from '../../errors.js';
import type { ModuleOptionValues } from '../../module.js';
import type { UnaryHandler } from '../../pipeline.js';
import { workflowOf } from '../../services/service-parts.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { runningEngines } from './dns-engine.js';
import type { DnsEngine } from './dns-engine.js';
import { appleProfile } from './setup-profiles.js';
import { dayOf } from './log-retention.js';
import { subjectOf } from './query-recorder.js';
import { DEVICE_TOKEN_PURPOSE } from './who-asks.js';

type Request = Record<string, unknown>;

export function dnsService(parts: ServiceParts, _options: ModuleOptionValues): Record<string, UnaryHandler> {
  const text = (request: Request, name: string) => String(request[name] ?? '');
  const isAdmin = async (orgId: string, context: CallContext) =>
    (await parts.roles.lookup(orgId, callerOf(context).accountId, context.deadline)) === 'ROLE_ADMIN';

  const stateOf = async (orgId: string, context: CallContext) =>
    (await workflowOf(parts, context).read(dnsSettings, orgId, { type: 'get' }, orgId)) as DnsSettingsState;

  async function settingsOf(orgId: string, context: CallContext): Promise<object> {
    return settingsMessage(orgId, await stateOf(orgId, context), parts);
  }

  /** A change to the org's rules or groups: this gateway's policies see it at once. */
  async function changeFiltering(
    orgId: string,
    command: Extract<DnsSettingsCommand, { type: 'setRule' | 'setGroup' }>,
    context: CallContext,
  ): Promise<object> {
    await workflowOf(parts, context).change(dnsSettings, orgId, command, { orgId });
    runningEngines.get(parts)?.policies.forget(orgId);
    return settingsOf(orgId, context);
  }

  /** A zone set (or removed, `records: null`): the zone index first, which refuses another org's zone. */
  async function setZone(
    orgId: string,
    zone: string,
    records: readonly ZoneRecord[] | null,
    context: CallContext,
  ): Promise<object> {
    const flow = workflowOf(parts, context);
    const zones = new Set(Object.keys((await stateOf(orgId, context)).zones));
    if (records === null) zones.delete(zone);
    else zones.add(zone);
    if (records !== null) await flow.change(dnsZones, NETWORK_INDEX_ID, { type: 'set', orgId, items: [...zones] });
    await flow.change(dnsSettings, orgId, { type: 'setZone', zone, records }, { orgId });
    if (records === null) await flow.change(dnsZones, NETWORK_INDEX_ID, { type: 'set', orgId, items: [...zones] });
    const engine = runningEngines.get(parts);
    engine?.zones.index.forget();
    engine?.policies.forget(orgId);
    return settingsOf(orgId, context);
  }

  return {
    async AddDnsDevice(request, context) {
      const orgId = text(request, 'orgId');
      const { accountId } = callerOf(context);
      const flow = workflowOf(parts, context);
      const secret = Buffer.from(parts.pepper('dns-device-token', `${accountId}\n${context.idempotencyKey()}`), 'hex');
      const token = deviceTokenOf(secret);
      const deviceId = createHash('sha256').update(`device\n${context.idempotencyKey()}`).digest('hex').slice(0, 16);
      const tokenId = parts.pepper(DEVICE_TOKEN_PURPOSE, token);
      const device: DnsDevice = { accountId, name: text(request, 'name'), tokenId, createdAt: Date.now() };
      // The settings first: a device over the org's or account's limit never gets a working token.
      await flow.change(dnsSettings, orgId, { type: 'addDevice', deviceId, device }, { orgId });
      await flow.change(dnsDevice, tokenId, { type: 'register', orgId, accountId, deviceId });
      const engine = runningEngines.get(parts);
      const name = engine?.config.name;
      const dohUrl = engine?.config.dohUrl;
      return {
        deviceId,
        token,
        dohUrl: dohUrl === undefined ? '' : `${dohUrl}/${token}`,
        dotHostname: name === undefined ? '' : `${token}.${name}`,
        appleProfile: dohUrl === undefined ? '' : appleProfile(`${dohUrl}/${token}`, device.name, deviceId),
      };
    },

    async ListDnsDevices(request, context) {
      const orgId = text(request, 'orgId');
      const all = request['allMembers'] === true;
      if (all && !(await isAdmin(orgId, context))) {
        throw new PermissionDeniedError('ROLE_TOO_LOW', "only the org's admins see every member's devices");
      }
      const { accountId } = callerOf(context);
      const state = await stateOf(orgId, context);
      return {
        devices: Object.entries(state.devices)
          .filter(([, device]) => all || device.accountId === accountId)
          .map(([deviceId, device]) => ({
            deviceId,
            accountId: device.accountId,
            name: device.name,
            createdAt: device.createdAt,
          })),
      };
    },

    async RevokeDnsDevice(request, context) {
      const orgId = text(request, 'orgId');
      const admin = await isAdmin(orgId, context);
      const flow = workflowOf(parts, context);
      const { revoked } = (await flow.change(
        dnsSettings,
        orgId,
        {
          type: 'revokeDevice',
          deviceId: text(request, 'deviceId'),
          ...(admin ? {} : { accountId: callerOf(context).accountId }),
        },
        { orgId },
      )) as { revoked: DnsDevice };
      await flow.change(dnsDevice, revoked.tokenId, { type: 'revoke' });
      runningEngines.get(parts)?.who.forgetTokenId(revoked.tokenId);
      return {};
    },

    async SetDnsNetworks(request, context) {
      const orgId = text(request, 'orgId');
      const networks = ((request['networks'] ?? []) as string[]).map((cidr, index) => {
        const network = parseCidr(cidr);
        if (typeof network === 'string') throw new InvalidArgumentError(`networks[${index}]`, 'cidr', network);
        return network.cidr;
      });
      const flow = workflowOf(parts, context);
      // The index first: it refuses a network another org has, before the org's settings record it.
      await flow.change(dnsNetworks, NETWORK_INDEX_ID, { type: 'set', orgId, items: networks });
      await flow.change(dnsSettings, orgId, { type: 'setNetworks', networks }, { orgId });
      runningEngines.get(parts)?.who.networks.forget();
      return settingsOf(orgId, context);
    },

    async SetDnsRule(request, context) {
      const orgId = text(request, 'orgId');
      const target = text(request, 'target') as RuleTarget;
      const rule = request['remove'] === true ? null : ruleOf(request['rule']);
      const engine = runningEngines.get(parts);
      const unknown =
        rule === null || engine === undefined ? [] : listsOf(rule).filter((name) => !engine.catalog.has(name));
      if (unknown.length > 0) {
        throw new InvalidArgumentError(
          'rule.lists',
          'UNKNOWN_LIST',
          `the resolver offers no list named ${unknown.join(', ')}`,
        );
      }
      return changeFiltering(orgId, { type: 'setRule', target, rule }, context);
    },

    async SetDnsGroup(request, context) {
      const orgId = text(request, 'orgId');
      const accountIds = request['remove'] === true ? null : ((request['accountIds'] ?? []) as string[]);
      return changeFiltering(orgId, { type: 'setGroup', group: text(request, 'group'), accountIds }, context);
    },

    async SetDnsZone(request, context) {
      const orgId = text(request, 'orgId');
      const zone = comparableName(text(request, 'zone'));
      // The entity checks each record (the gateway's rules checked their shape).
      const records = ((request['records'] ?? []) as Record<string, unknown>[]).map((record) => ({
        name: String(record['name'] ?? ''),
        type: String(record['type'] ?? '') as ZoneRecord['type'],
        ttl: Number(record['ttl'] ?? 0) || 300,
        value: String(record['value'] ?? ''),
        ...(record['type'] === 'MX' ? { priority: Number(record['priority'] ?? 0) || 10 } : {}),
      }));
      return setZone(orgId, zone, records, context);
    },

    async RemoveDnsZone(request, context) {
      return setZone(text(request, 'orgId'), comparableName(text(request, 'zone')), null, context);
    },

    async LeakReport(request, context) {
      const orgId = text(request, 'orgId');
      const { accountId } = callerOf(context);
      const admin = await isAdmin(orgId, context);
      const days = Number(request['days'] ?? 0) || 7;
      const toDay = dayOf(Date.now());
      const fromDay = dayOf(Date.now() - (days - 1) * 86_400_000);
      const own = subjectOf(parts, orgId, accountId);
      const mine = !admin || request['mine'] === true;
      const flow = workflowOf(parts, context);
      const [{ rows }, settings, members] = await Promise.all([
        flow.read(
          dnsReport,
          orgId,
          { type: 'report', fromDay, toDay, ...(mine ? { subjects: [own] } : {}) },
          orgId,
        ) as Promise<{
          rows: readonly ReportRow[];
        }>,
        stateOf(orgId, context),
        mine
          ? Promise.resolve({ members: [] })
          : (flow.read(org, orgId, { type: 'members' }, orgId) as Promise<{
              members: readonly { accountId: string; role: string }[];
            }>),
      ]);
      // Admins (and the caller) are shown by account; other members by pseudonym.
      const shown = new Map([[own, accountId]]);
      for (const member of members.members) {
        if (member.role === 'admin') shown.set(subjectOf(parts, orgId, member.accountId), member.accountId);
      }
      const entries = rows
        .map((row) => {
          const account = shown.get(row.subject);
          return {
            user: row.subject === 'network' ? 'network' : (account ?? `member-${row.subject.slice(2, 10)}`),
            accountId: account ?? '',
            deviceId: row.device,
            deviceName: settings.devices[row.device]?.name ?? '',
            domain: row.domain,
            category: row.category,
            queries: row.queries,
            blocked: row.blocked,
          };
        })
        .sort((a, b) => b.queries - a.queries || a.domain.localeCompare(b.domain));
      return {
        fromDay,
        toDay,
        entries,
        users: new Set(rows.map((row) => row.subject)).size,
        queries: rows.reduce((sum, row) => sum + row.queries, 0),
        blocked: rows.reduce((sum, row) => sum + row.blocked, 0),
      };
    },

    async StartSecurityCheck() {
      return engineOf(parts).check.start();
    },

    async SecurityStatus(request) {
      return engineOf(parts).check.status(text(request, 'probeId'), text(request, 'tlsFingerprint'));
    },

    async GetDnsSettings(request, context) {
      return settingsOf(text(request, 'orgId'), context);
    },
  };
}

/** The gateway's resolver. @throws UnavailableError when this gateway runs none */
function engineOf(parts: ServiceParts): DnsEngine {
  const engine = runningEngines.get(parts);
  if (engine === undefined)
    throw new UnavailableError('this gateway runs no DNS resolver (it was started without --dns-port)');
  return engine;
}

/** A rule from its request message (the entity checks it again, field by field). */
function ruleOf(message: unknown): DnsRule {
  const rule = (message ?? {}) as Partial<Record<keyof DnsRule, unknown>>;
  return {
    lists: (rule.lists ?? []) as string[],
    schedules: ((rule.schedules ?? []) as Record<string, unknown>[]).map((schedule) => ({
      lists: (schedule['lists'] ?? []) as string[],
      days: (schedule['days'] ?? []) as number[],
      fromMinute: Number(schedule['fromMinute'] ?? 0),
      toMinute: Number(schedule['toMinute'] ?? 0),
      timeZone: String(schedule['timeZone'] ?? ''),
    })),
    block: (rule.block ?? []) as string[],
    allow: (rule.allow ?? []) as string[],
  };
}

function listsOf(rule: DnsRule): string[] {
  return [...rule.lists, ...rule.schedules.flatMap((schedule) => schedule.lists)];
}

function settingsMessage(orgId: string, state: DnsSettingsState, parts: ServiceParts): object {
  return {
    orgId,
    networks: state.networks,
    rules: Object.entries(state.rules).map(([target, rule]) => ({ target, rule })),
    devices: Object.keys(state.devices).length,
    lists: runningEngines.get(parts)?.catalog.summaries() ?? [],
    zones: Object.entries(state.zones).map(([zone, records]) => ({ zone, records })),
    groups: Object.entries(state.groups ?? {}).map(([group, accountIds]) => ({ group, accountIds })),
  };
}
