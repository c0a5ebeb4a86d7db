/**
 * What a certificate's DNS name may be: lowercase LDH labels, at least two, no wildcard (a
 * wildcard needs DNS-01, not offered). Imports nothing, so config parsing can use it cheaply.
 */
const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function isDnsName(name: string): boolean {
  return DNS_NAME.test(name);
}
