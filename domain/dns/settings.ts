/**
 * An org's DNS settings: `dns-settings/<org>`, sealed with the org's key, living with the org. It
 * decides what its admins and members may change (networks that do not parse, too many rules or
 * devices are refused) and records it; the gateway reads it to know whose a query is and which
 * rules apply.
 */
import {
  ANY_ORIGIN,
  CommandRejectedError,
  defineEntity,
  fieldsOf,
  InvalidCommandError,
  NotFoundError,
  parseAccountId,
  stringField,
  unknownCommand,
} from '../../actors/index.js';
import type { Decision } from '../../actors/index.js';
import { dnsAudit } from './audit.js';
import { parseCidr } from './cidr.js';
import {
  DEVICE_ID,
  MAX_DEVICES,
  MAX_DEVICES_PER_ACCOUNT,
  MAX_GROUP_MEMBERS,
  MAX_GROUPS,
  MAX_NETWORKS,
  MAX_RULES,
  MAX_ZONES,
  TOKEN_ID,
} from './protocol.js';
import type { DnsSettingsCommand, DnsSettingsEvent, DnsSettingsReply, DnsSettingsState } from './protocol.js';
import { parseDnsRule, parseGroupName, parseRuleTarget } from './rule-fields.js';
import { parseZone, parseZoneRecords } from './zone-fields.js';

function parse(payload: unknown): DnsSettingsCommand {
  const fields = fieldsOf(payload);
  switch (fields['type']) {
    case 'get':
      return { type: 'get' };
    case 'setNetworks': {
      const listed = fields['networks'];
      if (!Array.isArray(listed) || listed.length > MAX_NETWORKS) {
        throw new InvalidCommandError(`networks must be a list of at most ${MAX_NETWORKS} CIDRs`, {
          field: 'networks',
        });
      }
      const networks = listed.map((cidr) => {
        const network = typeof cidr === 'string' && cidr.length <= 64 ? parseCidr(cidr) : 'a network is a CIDR string';
        if (typeof network === 'string') throw new InvalidCommandError(`networks: ${network}`, { field: 'networks' });
        return network.cidr;
      });
      return { type: 'setNetworks', networks: [...new Set(networks)] };
    }
    case 'setRule':
      return {
        type: 'setRule',
        target: parseRuleTarget(fields['target']),
        rule: fields['rule'] === null ? null : parseDnsRule(fields['rule']),
      };
    case 'setGroup': {
      const group = parseGroupName(fields['group']);
      const listed = fields['accountIds'];
      if (listed === null) return { type: 'setGroup', group, accountIds: null };
      if (!Array.isArray(listed) || listed.length > MAX_GROUP_MEMBERS) {
        throw new InvalidCommandError(`accountIds must be a list of at most ${MAX_GROUP_MEMBERS} account ids`, {
          field: 'accountIds',
        });
      }
      const accountIds = listed.map((id, i) => parseAccountId(id, `accountIds[${i}]`));
      return { type: 'setGroup', group, accountIds: [...new Set(accountIds)].sort() };
    }
    case 'setZone': {
      const zone = parseZone(fields['zone']);
      return {
        type: 'setZone',
        zone,
        records: fields['records'] === null ? null : parseZoneRecords(fields['records'], zone),
      };
    }
    case 'addDevice': {
      const device = fieldsOf(fields['device']);
      return {
        type: 'addDevice',
        deviceId: stringField(fields, 'deviceId', { max: 32, pattern: DEVICE_ID }),
        device: {
          accountId: parseAccountId(device['accountId'], 'device.accountId'),
          name: stringField(device, 'name', { max: 64 }),
          tokenId: stringField(device, 'tokenId', { max: 64, pattern: TOKEN_ID }),
          createdAt: typeof device['createdAt'] === 'number' ? device['createdAt'] : 0,
        },
      };
    }
    case 'revokeDevice':
      return {
        type: 'revokeDevice',
        deviceId: stringField(fields, 'deviceId', { max: 32, pattern: DEVICE_ID }),
        ...(fields['accountId'] === undefined ? {} : { accountId: parseAccountId(fields['accountId']) }),
      };
    default:
      throw unknownCommand('dns-settings', fields);
  }
}

function decide(state: DnsSettingsState, command: DnsSettingsCommand): Decision<DnsSettingsEvent, DnsSettingsReply> {
  switch (command.type) {
    case 'get':
      return { events: [], reply: state };
    case 'setNetworks':
      return { events: [{ type: 'networksSet', networks: command.networks }], reply: { ok: true } };
    case 'setRule': {
      const exists = Object.hasOwn(state.rules, command.target);
      if (command.rule === null && !exists) return { events: [], reply: { ok: true } };
      if (!exists && Object.keys(state.rules).length >= MAX_RULES) {
        throw new CommandRejectedError('TOO_MANY_RULES', `an org has at most ${MAX_RULES} DNS rules`);
      }
      return { events: [{ type: 'ruleSet', target: command.target, rule: command.rule }], reply: { ok: true } };
    }
    case 'setZone': {
      const exists = Object.hasOwn(state.zones, command.zone);
      if (command.records === null && !exists) return { events: [], reply: { ok: true } };
      if (!exists && Object.keys(state.zones).length >= MAX_ZONES) {
        throw new CommandRejectedError('TOO_MANY_ZONES', `an org has at most ${MAX_ZONES} zones`);
      }
      return { events: [{ type: 'zoneSet', zone: command.zone, records: command.records }], reply: { ok: true } };
    }
    case 'setGroup': {
      const groups = state.groups ?? {};
      const exists = Object.hasOwn(groups, command.group);
      if (command.accountIds === null && !exists) return { events: [], reply: { ok: true } };
      if (!exists && Object.keys(groups).length >= MAX_GROUPS) {
        throw new CommandRejectedError('TOO_MANY_GROUPS', `an org has at most ${MAX_GROUPS} DNS groups`);
      }
      return {
        events: [{ type: 'groupSet', group: command.group, accountIds: command.accountIds }],
        reply: { ok: true },
      };
    }
    case 'addDevice': {
      const existing = state.devices[command.deviceId];
      if (existing !== undefined) {
        // A retried registration is a no-op; another device under the same id is not.
        if (existing.tokenId === command.device.tokenId) return { events: [], reply: { ok: true } };
        throw new CommandRejectedError('ALREADY_EXISTS', 'a device with this id exists');
      }
      const devices = Object.values(state.devices);
      if (devices.length >= MAX_DEVICES) {
        throw new CommandRejectedError('TOO_MANY_DEVICES', `an org has at most ${MAX_DEVICES} DNS devices`);
      }
      if (devices.filter((device) => device.accountId === command.device.accountId).length >= MAX_DEVICES_PER_ACCOUNT) {
        throw new CommandRejectedError(
          'TOO_MANY_DEVICES',
          `one account has at most ${MAX_DEVICES_PER_ACCOUNT} DNS devices: revoke one first`,
        );
      }
      return {
        events: [{ type: 'deviceAdded', deviceId: command.deviceId, device: command.device }],
        reply: { ok: true },
      };
    }
    case 'revokeDevice': {
      const device = state.devices[command.deviceId];
      // Someone else's device is as unknown to a member as one that never was.
      if (device === undefined || (command.accountId !== undefined && device.accountId !== command.accountId)) {
        throw new NotFoundError('no such device', { what: 'dns-device' });
      }
      return { events: [{ type: 'deviceRevoked', deviceId: command.deviceId }], reply: { revoked: device } };
    }
  }
}

function evolve(state: DnsSettingsState, event: DnsSettingsEvent): DnsSettingsState {
  switch (event.type) {
    case 'networksSet':
      return { ...state, networks: event.networks };
    case 'ruleSet': {
      const { [event.target]: _previous, ...rules } = state.rules;
      return { ...state, rules: event.rule === null ? rules : { ...rules, [event.target]: event.rule } };
    }
    case 'zoneSet': {
      const { [event.zone]: _previous, ...zones } = state.zones;
      return { ...state, zones: event.records === null ? zones : { ...zones, [event.zone]: event.records } };
    }
    case 'groupSet': {
      const { [event.group]: _previous, ...groups } = state.groups ?? {};
      return { ...state, groups: event.accountIds === null ? groups : { ...groups, [event.group]: event.accountIds } };
    }
    case 'deviceAdded':
      return { ...state, devices: { ...state.devices, [event.deviceId]: event.device } };
    case 'deviceRevoked': {
      const { [event.deviceId]: _revoked, ...devices } = state.devices;
      return { ...state, devices };
    }
  }
}

export const dnsSettings = defineEntity({
  kind: 'dns-settings',
  commands: {
    get: ANY_ORIGIN,
    setNetworks: ANY_ORIGIN,
    setRule: ANY_ORIGIN,
    setGroup: ANY_ORIGIN,
    setZone: ANY_ORIGIN,
    addDevice: ANY_ORIGIN,
    revokeDevice: ANY_ORIGIN,
  },
  parseCommand: parse,
  initialState: (): DnsSettingsState => ({ networks: [], zones: {}, rules: {}, groups: {}, devices: {} }),
  decide,
  evolve,
  // Rule and device changes go to the org's audit trail.
  outbox: dnsAudit,
  // Sealed with the org's key, in the org's region.
  keyScope: (id) => id,
  snapshotEvery: 100,
});
