/** The org's DNS: its settings (networks, rules, devices), the device index and the network index. */
export { dnsSettings } from './settings.js';
export { dnsDevice } from './device-index.js';
export type { DeviceOwner } from './device-index.js';
export { dnsNetworks, NETWORK_INDEX_ID } from './network-index.js';
export { dnsZones } from './zone-index.js';
export type { OrgClaims } from './org-claims.js';
export { inZone } from './zone-fields.js';
export { contains, parseCidr } from './cidr.js';
export type { Network } from './cidr.js';
export type * from './protocol.js';
export { DEVICE_ID, LIST_NAME, MAX_DEVICES_PER_ACCOUNT } from './protocol.js';
export { dnsReport, AGGREGATE_DAYS } from './query-report.js';
export type { ReportRow } from './query-report.js';
export { dnsLog } from './query-log.js';
export type { LogEntry } from './query-log.js';
export { dnsProbe, PROBE_ID } from './probe.js';
export type { ProbeSeen } from './probe.js';
