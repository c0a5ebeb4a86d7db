/** What the DNS module runs: the org's DNS settings, the device and network indexes, DnsService and the resolver. */
import type { AnyEntityKind } from '../../../actors/index.js';
import {
  dnsDevice,
  dnsLog,
  dnsNetworks,
  dnsProbe,
  dnsReport,
  dnsSettings,
  dnsZones,
} from '../../../domain/dns/index.js';
import type { BackgroundTask, ServiceFactory, ServiceSamples } from '../../module.js';
import { dnsResolver } from './dns-resolver-task.js';
import { dnsService } from './dns-service.js';

export const kinds: readonly AnyEntityKind[] = [
  dnsSettings,
  dnsDevice,
  dnsNetworks,
  dnsZones,
  dnsReport,
  dnsLog,
  dnsProbe,
];

/** The resolver and its listeners, on a gateway given a DNS port. */
export const background: readonly BackgroundTask[] = [dnsResolver];

export const services: Readonly<Record<string, ServiceFactory>> = { 'redoubt.v1.DnsService': dnsService };

export const samples: Readonly<Record<string, ServiceSamples>> = {
  'redoubt.v1.DnsService': ({ orgId, unique }) => ({
    AddDnsDevice: { orgId, name: `phone ${unique}` },
    ListDnsDevices: { orgId },
    RevokeDnsDevice: { orgId, deviceId: 'aaaaaaaaaaaaaaaa' },
    SetDnsNetworks: { orgId, networks: [`10.${unique % 250}.${Math.floor(unique / 250) % 250}.0/24`] },
    SetDnsRule: { orgId, target: 'org', rule: { block: ['ads.example'] } },
    SetDnsGroup: { orgId, group: `g${unique}`, accountIds: [] },
    SetDnsZone: {
      orgId,
      zone: `z${unique}.example`,
      records: [{ name: `www.z${unique}.example`, type: 'A', value: '192.0.2.1' }],
    },
    RemoveDnsZone: { orgId, zone: `z${unique}.example` },
    LeakReport: { orgId },
    StartSecurityCheck: {},
    SecurityStatus: { probeId: '0123456789abcdef0123' },
    GetDnsSettings: { orgId },
  }),
};
