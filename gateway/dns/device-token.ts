/**
 * Per-device DNS tokens: what a device presents so its queries are known to be its user's, behind
 * any NAT or VPN. 26 lower-case base32 characters (128 random bits), so that one fits a DNS label
 * (`<token>.dns.example.org` for DoT, Android's Private DNS) as well as a URL path segment
 * (`/dns-query/<token>` for DoH). In DoT's server name it crosses the network in the clear (TLS
 * does not hide SNI): it attributes queries, and grants nothing else.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const LENGTH = 26;
const TOKEN = /^[a-z2-7]{26}$/;

/** A new random token. */
export function newDeviceToken(): string {
  return deviceTokenOf(randomBytes(17));
}

/**
 * The token made of at least 17 bytes (130 bits are used): a secret digest gives the same token on
 * a retry of the call that made it, and nobody without the secret can make it.
 */
export function deviceTokenOf(bytes: Uint8Array): string {
  if (bytes.length < 17) throw new RangeError('a device token is made of at least 17 bytes');
  let bits = 0;
  let value = 0;
  let token = '';
  for (const byte of bytes) {
    // Only the bits not yet spent are kept (at most 12).
    value = ((value << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5 && token.length < LENGTH) {
      token += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return token;
}

export function isDeviceToken(text: string): boolean {
  return TOKEN.test(text);
}

/** The token in a DoT server name `<token>.<suffix>` (case-insensitive, as DNS names are). */
export function tokenOfServerName(serverName: string | false | undefined | null, suffix: string): string | undefined {
  if (typeof serverName !== 'string') return undefined;
  const name = serverName.toLowerCase();
  const dot = name.indexOf('.');
  if (dot < 0 || name.slice(dot + 1) !== suffix.toLowerCase()) return undefined;
  const label = name.slice(0, dot);
  return isDeviceToken(label) ? label : undefined;
}
