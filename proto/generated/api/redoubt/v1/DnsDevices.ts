// Original file: redoubt/v1/dns.proto

import type { DnsDevice as _redoubt_v1_DnsDevice, DnsDevice__Output as _redoubt_v1_DnsDevice__Output } from '../../redoubt/v1/DnsDevice.js';

export interface DnsDevices {
  'devices'?: (_redoubt_v1_DnsDevice)[];
}

export interface DnsDevices__Output {
  'devices': (_redoubt_v1_DnsDevice__Output)[];
}
