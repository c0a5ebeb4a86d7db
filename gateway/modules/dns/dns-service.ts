/**
 * DnsService: the devices an org's people register with its resolver, the org's networks, and the
 * filtering rules of the org, its projects and its users. Settings live in `dns-settings/<org>`;
 * a token's owner in the device index, under the token's keyed hash. A token is made from a keyed
 * digest of the call's idempotency key, so a retried AddDnsDevice returns the same token and
 * never leaves a second, unlisted one behind.
 */
import { createHash } from 'node:crypto';
import { dnsDevice, dnsNetworks, dnsSettings, NETWORK_INDEX_ID, parseCidr } from '../../../domain/dns/index.js';
import type { DnsDevice, DnsRule, DnsSettingsState, RuleTarget } from '../../../domain/dns/index.js';
import { deviceTokenOf } from '../../dns/device-token.js';
import { callerOf } from '../../call-context.js';
import type { CallContext } from '../../call-context.js';
import { InvalidArgumentError, PermissionDeniedError } from '../../errors.js';
import type { ModuleOptionValues } from '../../module.js';
import type { UnaryHandler } from '../../pipeline.js';
import { workflowOf } from '../../services/service-parts.js';
import type { ServiceParts } from '../../services/service-parts.js';
import { runningEngines } from './dns-engine.js';
import { DEVICE_TOKEN_PURPOSE } from './who-asks.js';

type Request = Record<string, unknown>;

export function dnsService(parts: ServiceParts, _options: ModuleOptionValues): Record<string, UnaryHandler> {
  const text = (request: Request, name: string) => String(request[name] ?? '');
  const isAdmin = async (orgId: string, context: CallContext) =>
    (await parts.roles.lookup(orgId, callerOf(context).accountId, context.deadline)) === 'ROLE_ADMIN';

  async function settingsOf(orgId: string, context: CallContext): Promise<object> {
    const state = (await workflowOf(parts, context).read(
      dnsSettings,
      orgId,
      { type: 'get' },
      orgId,
    )) as DnsSettingsState;
    return settingsMessage(orgId, state, parts);
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
      };
    },

    async ListDnsDevices(request, context) {
      const orgId = text(request, 'orgId');
      const all = request['allMembers'] === true;
      if (all && !(await isAdmin(orgId, context))) {
        throw new PermissionDeniedError('ROLE_TOO_LOW', "only the org's admins see every member's devices");
      }
      const { accountId } = callerOf(context);
      const state = (await workflowOf(parts, context).read(
        dnsSettings,
        orgId,
        { type: 'get' },
        orgId,
      )) as DnsSettingsState;
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
      await flow.change(dnsNetworks, NETWORK_INDEX_ID, { type: 'set', orgId, networks });
      await flow.change(dnsSettings, orgId, { type: 'setNetworks', networks }, { orgId });
      runningEngines.get(parts)?.who.forgetNetworks();
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
      await workflowOf(parts, context).change(dnsSettings, orgId, { type: 'setRule', target, rule }, { orgId });
      engine?.policies.forget(orgId);
      return settingsOf(orgId, context);
    },

    async GetDnsSettings(request, context) {
      return settingsOf(text(request, 'orgId'), context);
    },
  };
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
  };
}
