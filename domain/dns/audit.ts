/** What the org's audit trail records of its DNS settings: networks, rules, devices added and revoked. */
import type { CommittedChange } from '../../actors/index.js';
import { auditMessage } from '../audit/index.js';
import type { AuditMessage } from '../audit/index.js';
import type { DnsSettingsCommand, DnsSettingsState } from './protocol.js';

export function dnsAudit(change: CommittedChange<DnsSettingsState, DnsSettingsCommand>): AuditMessage | undefined {
  return auditMessage(change.context.id, change, ({ before, after, command }) => {
    switch (command.type) {
      case 'setNetworks':
        return {
          action: 'org.dns.networks',
          before: { networks: before.networks },
          after: { networks: after.networks },
        };
      case 'setRule':
        return {
          action: 'org.dns.rule',
          before: { target: command.target, rule: before.rules[command.target] ?? null },
          after: { target: command.target, rule: after.rules[command.target] ?? null },
        };
      case 'setZone':
        return {
          action: 'org.dns.zone',
          before: { zone: command.zone, records: before.zones[command.zone] ?? null },
          after: { zone: command.zone, records: after.zones[command.zone] ?? null },
        };
      case 'setGroup':
        return {
          action: 'org.dns.group',
          before: { group: command.group, accountIds: before.groups?.[command.group] ?? null },
          after: { group: command.group, accountIds: after.groups?.[command.group] ?? null },
        };
      case 'addDevice':
        return {
          action: 'org.dns.device.add',
          accountId: command.device.accountId,
          before: null,
          after: { deviceId: command.deviceId, accountId: command.device.accountId, name: command.device.name },
        };
      case 'revokeDevice': {
        const device = before.devices[command.deviceId];
        return {
          action: 'org.dns.device.revoke',
          ...(device === undefined ? {} : { accountId: device.accountId }),
          before:
            device === undefined
              ? null
              : { deviceId: command.deviceId, accountId: device.accountId, name: device.name },
          after: null,
        };
      }
      default:
        return undefined;
    }
  });
}
