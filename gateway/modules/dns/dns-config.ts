/**
 * The DNS module's options checked and turned into what the resolver runs with; each problem is a
 * ConfigError naming the option. DNS is off (undefined) unless a DNS port is given.
 */
import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import ipaddr from 'ipaddr.js';
import { ConfigError } from '../../../actors/errors.js';
import { parseCidr } from '../../../domain/dns/index.js';
import type { Network } from '../../../domain/dns/index.js';
import type { ListSource } from '../../dns/list-catalog.js';
import { LIST_CATEGORIES } from '../../dns/resolver.js';
import type { ListCategory } from '../../dns/resolver.js';
import type { ModuleOptionValues } from '../../module.js';

export type UpstreamSpec =
  | { readonly kind: 'plain'; readonly host: string; readonly port: number }
  | {
      readonly kind: 'tls' | 'https';
      readonly host: string;
      readonly port: number;
      /** The DoH path (https only). */
      readonly path?: string;
      readonly serverName: string;
      readonly caFile?: string;
    };

export interface DnsConfig {
  readonly host: string;
  readonly port: number | undefined;
  /** Whether other processes may listen on the same ports (SO_REUSEPORT). */
  readonly sharePorts: boolean;
  readonly dotPort: number | undefined;
  readonly dohPort: number | undefined;
  readonly upstream: UpstreamSpec;
  readonly lists: readonly ListSource[];
  readonly refreshMs: number;
  /** The resolver's public name (DoT: `<token>.<name>`). */
  readonly name: string;
  /** The public DoH URL, without a token (the DoH listener's port once it listens, unless the operator gave one). */
  dohUrl: string;
  readonly openNetworks: readonly Network[];
  readonly ratePerClient: number;
  /** Days an org's raw query log is kept. */
  readonly logRetentionDays: number;
  /** How often raw logs past retention are looked for across all orgs. */
  readonly logSweepMs: number;
}

const UBLOCK_LISTS =
  '/usr/share/mozilla/extensions/{ec8030f7-c20a-464f-9b0e-13a3a9e97384}/uBlock0@raymondhill.net/assets/thirdparties/easylist';
/** The lists a resolver offers when the operator names none: Debian's copies, when installed. */
const DEFAULT_LISTS: readonly ListSource[] = [
  { name: 'ads', category: 'ads', source: `${UBLOCK_LISTS}/easylist.txt` },
  { name: 'trackers', category: 'tracker', source: `${UBLOCK_LISTS}/easyprivacy.txt` },
];
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** @throws ConfigError naming the option at fault */
export function dnsConfigOf(
  options: ModuleOptionValues,
  gateway: { host: string; rpId: string },
): DnsConfig | undefined {
  const text = (name: string) => {
    const value = options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const port = portOf('dns-port', text('dns-port'));
  const dotPort = portOf('dns-dot-port', text('dns-dot-port'));
  const dohPort = portOf('dns-doh-port', text('dns-doh-port'));
  if (port === undefined && dotPort === undefined && dohPort === undefined) return undefined;
  const upstream = upstreamOf(text('dns-upstream'), text('dns-upstream-ca-file'));
  const name = (text('dns-name') ?? `dns.${gateway.rpId}`).toLowerCase();
  if (!HOST_NAME.test(name)) throw new ConfigError(`--dns-name: "${name}" is not a host name`);
  const dohUrl =
    text('dns-doh-url') ?? `https://${name}${dohPort === undefined || dohPort === 443 ? '' : `:${dohPort}`}/dns-query`;
  if (!/^https:\/\/[^\s/]+\/\S*$/.test(dohUrl)) throw new ConfigError(`--dns-doh-url: "${dohUrl}" is not an https URL`);
  return {
    host: text('dns-host') ?? gateway.host,
    port,
    dotPort,
    dohPort,
    upstream,
    lists: listsOf(text('dns-lists')),
    refreshMs: wholeNumber('dns-lists-refresh-s', text('dns-lists-refresh-s') ?? '86400', 60, 30 * 86_400) * 1000,
    name,
    dohUrl: dohUrl.replace(/\/$/, ''),
    openNetworks: (text('dns-open-networks') ?? '127.0.0.0/8,::1/128')
      .split(',')
      .map((cidr) => cidr.trim())
      .filter((cidr) => cidr !== '')
      .map((cidr) => {
        const network = parseCidr(cidr);
        if (typeof network === 'string') throw new ConfigError(`--dns-open-networks: ${network}`);
        return network;
      }),
    ratePerClient: wholeNumber('dns-rate-per-client', text('dns-rate-per-client') ?? '200', 1, 1_000_000),
    sharePorts: options['dns-share-ports'] === true,
    logRetentionDays: wholeNumber('dns-log-retention-days', text('dns-log-retention-days') ?? '7', 1, 365),
    logSweepMs: wholeNumber('dns-log-sweep-s', text('dns-log-sweep-s') ?? '3600', 1, 7 * 86_400) * 1000,
  };
}

/** `https://<name>[:port]/dns-query`. */
export function defaultDohUrl(name: string, port: number): string {
  return `https://${name}${port === 443 ? '' : `:${port}`}/dns-query`;
}

function portOf(option: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : wholeNumber(option, value, 0, 65_535);
}

function wholeNumber(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ConfigError(`--${option}: "${value}" must be a whole number from ${min} to ${max}`);
  }
  return n;
}

function upstreamOf(value: string | undefined, caFile: string | undefined): UpstreamSpec {
  if (value === undefined) {
    throw new ConfigError(
      '--dns-upstream is needed with a DNS port: a local resolver (e.g. Unbound on 127.0.0.1:5335), tls://host#name or https://host/dns-query',
    );
  }
  if (caFile !== undefined && !isAbsolute(caFile))
    throw new ConfigError('--dns-upstream-ca-file must be an absolute path');
  if (value.startsWith('https://')) return httpsUpstreamOf(value, caFile);
  const tls = /^tls:\/\/(\[[^\]]+\]|[^:#/]+)(?::(\d{1,5}))?(?:#([^\s]+))?$/.exec(value);
  if (tls !== null) {
    const host = tls[1]!.replace(/^\[|\]$/g, '');
    return {
      kind: 'tls',
      host,
      port: tls[2] === undefined ? 853 : wholeNumber('dns-upstream', tls[2], 1, 65_535),
      serverName: tls[3] ?? host,
      ...(caFile === undefined ? {} : { caFile }),
    };
  }
  const plain = /^(\[[^\]]+\]|[^:\s]+):(\d{1,5})$/.exec(value);
  if (plain === null)
    throw new ConfigError(
      `--dns-upstream: "${value}" is neither host:port, tls://host[:port][#name] nor https://host[:port][/path][#name]`,
    );
  const host = plain[1]!.replace(/^\[|\]$/g, '');
  // Plain DNS crosses no network but the operator's own: a third party would see every query.
  if (!ipaddr.isValid(host) || !['loopback', 'private', 'uniqueLocal'].includes(ipaddr.process(host).range())) {
    throw new ConfigError(
      `--dns-upstream: ${host} is not a loopback or private address; reach a remote resolver over tls://`,
    );
  }
  return { kind: 'plain', host, port: wholeNumber('dns-upstream', plain[2]!, 1, 65_535) };
}

/** `https://host[:port][/path][#name]`: DNS over HTTPS at the path (/dns-query when none), checked for `name`. */
function httpsUpstreamOf(value: string, caFile: string | undefined): UpstreamSpec {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`--dns-upstream: "${value}" is not a URL`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '') {
    throw new ConfigError('--dns-upstream: an https:// upstream takes no user, password or query string');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const serverName = url.hash === '' ? host : decodeURIComponent(url.hash.slice(1));
  return {
    kind: 'https',
    host,
    port: url.port === '' ? 443 : Number(url.port),
    path: url.pathname === '/' ? '/dns-query' : url.pathname,
    serverName,
    ...(caFile === undefined ? {} : { caFile }),
  };
}

function listsOf(value: string | undefined): ListSource[] {
  if (value === undefined) return DEFAULT_LISTS.filter((list) => existsSync(list.source));
  const lists = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item): ListSource => {
      const [name = '', category = '', ...rest] = item.split(':');
      const source = rest.join(':');
      if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(name)) {
        throw new ConfigError(`--dns-lists: "${name}" is not a list name (lower-case letters, digits, '-')`);
      }
      if (!(LIST_CATEGORIES as readonly string[]).includes(category)) {
        throw new ConfigError(`--dns-lists: the category of ${name} must be one of ${LIST_CATEGORIES.join(', ')}`);
      }
      if (!isAbsolute(source) && !isListUrl(source)) {
        throw new ConfigError(`--dns-lists: the source of ${name} must be an absolute path or an https URL`);
      }
      return { name, category: category as ListCategory, source };
    });
  const names = new Set<string>();
  for (const { name } of lists) {
    if (names.has(name)) throw new ConfigError(`--dns-lists names ${name} twice`);
    names.add(name);
  }
  return lists;
}

/** https, or http to a loopback address (a list server on the same machine). */
function isListUrl(text: string): boolean {
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return true;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return url.protocol === 'http:' && ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback';
  } catch {
    return false;
  }
}
