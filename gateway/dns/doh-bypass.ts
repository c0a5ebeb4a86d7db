/**
 * Public DNS-over-HTTPS and DNS-over-TLS resolvers that browsers and apps switch to by themselves:
 * their names are answered NXDOMAIN, so a client cannot go around the org's resolver (and its
 * filtering and report) without the org seeing it. The org's allow rules can let one through.
 */
import { Blocklist } from './blocklist.js';

const ENDPOINTS = [
  'dns.google',
  'dns64.dns.google',
  'cloudflare-dns.com',
  'one.one.one.one',
  'dns.quad9.net',
  'dns9.quad9.net',
  'dns10.quad9.net',
  'dns11.quad9.net',
  'dns12.quad9.net',
  'doh.opendns.com',
  'doh.familyshield.opendns.com',
  'dns.adguard.com',
  'dns.adguard-dns.com',
  'dns-unfiltered.adguard.com',
  'doh.cleanbrowsing.org',
  'dns.nextdns.io',
  'dns.mullvad.net',
  'doh.mullvad.net',
  'doh.dns.sb',
  'dns.alidns.com',
  'doh.pub',
  'dns.controld.com',
  'freedns.controld.com',
  'doh.libredns.gr',
  'dns.switch.ch',
  'ordns.he.net',
  'doh.xfinity.com',
  'dns.digitale-gesellschaft.ch',
];

/** The list, as the resolver applies it before the org's own (a NamedList of resolver.ts). */
export const DOH_BYPASS = {
  name: 'doh-bypass',
  category: 'other' as const,
  // The domains and every name under them (mozilla.cloudflare-dns.com, chrome.cloudflare-dns.com…).
  list: Blocklist.of(ENDPOINTS.join('\n')),
};
