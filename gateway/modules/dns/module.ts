/**
 * The DNS module: the org's own resolver and firewall (DoH, DoT, plain DNS), with devices, networks
 * and filtering rules per org, project and user (DnsService). The resolver runs on each gateway
 * that is given a DNS port; its options are the gateway's `--dns-*`.
 */
import { defineModule } from '../../module.js';
import type { RedoubtModule } from '../../module.js';

export const dnsModule: RedoubtModule = defineModule({
  name: 'dns',
  protoFiles: ['redoubt/v1/dns.proto'],
  runtime: () => import('./runtime.js'),
  options: {
    'dns-port': {
      type: 'string',
      help: 'serve plain DNS (UDP and TCP) on this port (0 picks a free one); DNS is off without a port',
    },
    'dns-dot-port': { type: 'string', help: 'serve DNS over TLS on this port (853 is the standard)' },
    'dns-doh-port': { type: 'string', help: 'serve DNS over HTTPS (/dns-query) on this port' },
    'dns-share-ports': {
      type: 'boolean',
      help: 'let several gateway processes on this host listen on the same DNS ports (SO_REUSEPORT): the kernel spreads clients over them, one core each',
    },
    'dns-host': { type: 'string', help: 'address the DNS listeners bind', default: '--grpc-host' },
    'dns-upstream': {
      type: 'string',
      help: 'where allowed queries are resolved: host:port of a local resolver (loopback or private address), tls://host[:port][#name] (DNS over TLS) or https://host[:port][/path][#name] (DNS over HTTPS, /dns-query by default); #name is the name its certificate carries when host is an address',
    },
    'dns-upstream-ca-file': {
      type: 'string',
      help: "PEM file trusted for a tls:// or https:// upstream's certificate, beside the system's",
    },
    'dns-lists': {
      type: 'string',
      help: 'filter lists, comma separated, each name:category:source (category tracker, ads, malware or other; source an absolute path or an https URL)',
      default: "Debian's EasyList (ads) and EasyPrivacy (trackers), when installed",
    },
    'dns-lists-refresh-s': { type: 'string', help: 'how often the lists are read again', default: '86400' },
    'dns-name': {
      type: 'string',
      help: "the resolver's public name: devices ask <token>.<name> over DoT, and https://<name>/dns-query over DoH",
      default: 'dns.<webauthn rp id>',
    },
    'dns-doh-url': {
      type: 'string',
      help: 'the public DoH URL devices are given',
      default: 'https://<dns name>:<doh port>/dns-query',
    },
    'dns-open-networks': {
      type: 'string',
      help: "CIDRs served though they are no org's network (the filter lists all apply), comma separated",
      default: '127.0.0.0/8,::1/128',
    },
    'dns-log-retention-days': {
      type: 'string',
      help: "how long each org's raw query log is kept (its leak report's daily counts stay a year)",
      default: '7',
    },
    'dns-log-sweep-s': {
      type: 'string',
      help: "how often every org's raw query log is checked for days past retention (orgs that stopped asking included)",
      default: '3600',
    },
    'dns-rate-per-client': {
      type: 'string',
      help: 'queries per second from one address or device (burst 4×)',
      default: '200',
    },
  },
});
