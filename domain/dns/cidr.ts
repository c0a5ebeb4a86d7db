/**
 * Networks written as CIDR (`192.0.2.0/24`, `2001:db8::/48`), with ipaddr.js: checked and
 * normalised (host bits must be zero), whether two overlap, and whether an address is inside one.
 * IPv4-mapped IPv6 addresses are matched as IPv4.
 */
import ipaddr from 'ipaddr.js';

export interface Network {
  /** The CIDR as written back (normalised). */
  readonly cidr: string;
  readonly range: [ipaddr.IPv4 | ipaddr.IPv6, number];
}

/** The network of `cidr`, or a sentence saying what is wrong with it. */
export function parseCidr(cidr: string): Network | string {
  let range: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    range = ipaddr.parseCIDR(cidr);
  } catch {
    return `${cidr} is not a network: write it as address/prefix (192.0.2.0/24, 2001:db8::/48)`;
  }
  const [address, prefix] = range;
  const network =
    address.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(cidr) : ipaddr.IPv6.networkAddressFromCIDR(cidr);
  if (network.toString() !== address.toString()) {
    return `${cidr} has host bits set: the network is ${network.toString()}/${prefix}`;
  }
  return { cidr: `${network.toString()}/${prefix}`, range: [network, prefix] };
}

export function overlaps(a: Network, b: Network): boolean {
  const [first, firstPrefix] = a.range;
  const [second, secondPrefix] = b.range;
  if (first.kind() !== second.kind()) return false;
  // The wider network holds the other's base address when they overlap.
  return firstPrefix <= secondPrefix ? second.match(a.range) : first.match(b.range);
}

/** Whether `address` (as a socket reports it) is inside `network`. */
export function contains(network: Network, address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.kind() === network.range[0].kind() && parsed.match(network.range);
}
