/**
 * The background task that runs the org's resolver on a gateway given a DNS port: it reads the
 * filter lists (refreshing them on schedule), connects the upstream, and listens for plain DNS,
 * DNS over TLS and DNS over HTTPS with the gateway's certificate (renewed in place).
 */
import { readFile } from 'node:fs/promises';
import { getDomain } from 'tldts';
import { ConfigError } from '../../../actors/errors.js';
import { startDnsServer } from '../../dns/dns-server.js';
import type { DnsServer } from '../../dns/dns-server.js';
import { startDohServer } from '../../dns/doh-server.js';
import { startDotServer } from '../../dns/dot-server.js';
import type { EncryptedDnsServer } from '../../dns/dot-server.js';
import { ListCatalog } from '../../dns/list-catalog.js';
import { DnsResolver } from '../../dns/resolver.js';
import { HttpsUpstream } from '../../dns/https-upstream.js';
import { TlsUpstream } from '../../dns/tls-upstream.js';
import { UdpUpstream } from '../../dns/upstream.js';
import type { Upstream } from '../../dns/upstream.js';
import type { BackgroundTask } from '../../module.js';
import { defaultDohUrl, dnsConfigOf } from './dns-config.js';
import type { UpstreamSpec } from './dns-config.js';
import { DnsEngine, runningEngines } from './dns-engine.js';
import { dnsMetrics } from './dns-metrics.js';
import { startLogSweeps } from './log-retention.js';
import { QueryRecorder } from './query-recorder.js';
import { securityPages } from './security-page.js';

export const dnsResolver: BackgroundTask = async ({ parts, log, options, host, tls, metrics }) => {
  const config = dnsConfigOf(options, { host, rpId: parts.web.rpId });
  if (config === undefined) return { stop: async () => undefined };
  const catalog = await ListCatalog.load(config.lists, log);
  const upstream = await upstreamOf(config.upstream);
  const engine = new DnsEngine(
    parts,
    config,
    catalog,
    new DnsResolver(upstream),
    () => tls.current(),
    dnsMetrics(metrics),
  );
  const servers: (DnsServer | EncryptedDnsServer)[] = [];
  const endpoints: Record<string, number> = {};
  try {
    if (config.port !== undefined) {
      const plain = await startDnsServer({
        host: config.host,
        port: config.port,
        sharePort: config.sharePorts,
        answer: engine.answer,
      });
      servers.push(plain);
      endpoints['dns'] = plain.port;
    }
    if (config.dotPort !== undefined) {
      const dot = await startDotServer({
        host: config.host,
        port: config.dotPort,
        sharePort: config.sharePorts,
        certificate: tls.current(),
        tokenSuffix: config.name,
        answer: engine.answer,
      });
      servers.push(dot);
      endpoints['dns-dot'] = dot.port;
      tls.onRenewed((certificate) => dot.replaceCertificate(certificate));
    }
    if (config.dohPort !== undefined) {
      const doh = await startDohServer({
        host: config.host,
        port: config.dohPort,
        sharePort: config.sharePorts,
        certificate: tls.current(),
        answer: engine.answer,
        pages: securityPages(engine.check),
      });
      servers.push(doh);
      endpoints['dns-doh'] = doh.port;
      if (options['dns-doh-url'] === undefined) config.dohUrl = defaultDohUrl(config.name, doh.port);
      tls.onRenewed((certificate) => doh.replaceCertificate(certificate));
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    upstream.close();
    throw error;
  }
  // The platform's own names are not third parties in the orgs' leak reports.
  const own = new Set([config.name, parts.web.rpId].flatMap((name) => getDomain(name) ?? []));
  const recorder = new QueryRecorder(parts, catalog, own, config.logRetentionDays, log);
  engine.onQuery(recorder.record);
  const sweeps = startLogSweeps(parts, config.logRetentionDays, config.logSweepMs, log);
  runningEngines.set(parts, engine);
  const refresh = setInterval(() => void catalog.refresh(), config.refreshMs);
  refresh.unref();
  log.info(
    {
      endpoints,
      lists: catalog.summaries(),
      upstream: `${config.upstream.kind}://${config.upstream.host}:${config.upstream.port}${config.upstream.kind === 'plain' ? '' : (config.upstream.path ?? '')}`,
    },
    'DNS resolver listening',
  );
  return {
    endpoints,
    stop: async () => {
      clearInterval(refresh);
      runningEngines.delete(parts);
      await Promise.all(servers.map((server) => server.close()));
      await recorder.stop();
      await sweeps.stop();
      upstream.close();
    },
  };
};

async function upstreamOf(spec: UpstreamSpec): Promise<Upstream> {
  if (spec.kind === 'plain') return new UdpUpstream(spec.host, spec.port);
  let ca: string | undefined;
  if (spec.caFile !== undefined) {
    try {
      ca = await readFile(spec.caFile, 'utf8');
    } catch (error) {
      throw new ConfigError(`--dns-upstream-ca-file: ${(error as Error).message}`);
    }
  }
  const options = {
    host: spec.host,
    port: spec.port,
    serverName: spec.serverName,
    ...(ca === undefined ? {} : { ca }),
  };
  return spec.kind === 'https'
    ? new HttpsUpstream({ ...options, ...(spec.path === undefined ? {} : { path: spec.path }) })
    : new TlsUpstream(options);
}
