/** The org's DNS: its settings (networks, rules, devices), the device index and the network index. */
export { dnsSettings } from './settings.js';
export { dnsDevice } from './device-index.js';
export type { DeviceOwner } from './device-index.js';
export { dnsNetworks, NETWORK_INDEX_ID } from './network-index.js';
export type { OrgNetworks } from './network-index.js';
export { contains, parseCidr } from './cidr.js';
export type { Network } from './cidr.js';
export type * from './protocol.js';
export { DEVICE_ID, LIST_NAME, MAX_DEVICES_PER_ACCOUNT } from './protocol.js';
