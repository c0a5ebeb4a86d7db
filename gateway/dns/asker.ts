/**
 * Who sent a DNS query, as far as the listener can tell: the transport, the client's address, and
 * the per-device token it presented (in the DoH path or the DoT server name), if any.
 */
export type DnsTransport = 'udp' | 'tcp' | 'dot' | 'doh';

export interface Asker {
  readonly transport: DnsTransport;
  /** The client's IP address (IPv4-mapped IPv6 unwrapped). */
  readonly address: string;
  /** The device token the client presented; absent over plain DNS. */
  readonly token?: string;
}

/** The address without the `::ffff:` prefix a dual-stack socket puts before IPv4 addresses. */
export function plainAddress(address: string | undefined): string {
  if (address === undefined) return '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** Whether the transport hides the query from the network (DoT, DoH). */
export function isEncrypted(transport: DnsTransport): boolean {
  return transport === 'dot' || transport === 'doh';
}
