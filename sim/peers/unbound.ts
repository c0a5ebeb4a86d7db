/**
 * A private Unbound (Debian's `unbound`) for tests and benches of the DNS firewall: its own temp dir
 * and config, a free loopback port (UDP and TCP), and only the local zones it is given, so it
 * answers without the internet. The server dies with the handle.
 */
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import dnsPacket from 'dns-packet';
import { freePorts, retry } from '../cluster/index.js';
import { inFreshDir } from './fresh-dir.js';
import { ownCaCertificate } from './own-ca.js';
import { supervise } from './supervised-child.js';

const UNBOUND = '/usr/sbin/unbound';

export interface UnboundHandle extends AsyncDisposable {
  readonly host: string;
  readonly port: number;
  /**
   * Its DNS over TLS port, its DNS over HTTPS port (at /dns-query), and the CA its certificate (for
   * `localhost`) chains to, when asked for.
   */
  readonly tls?: { readonly port: number; readonly httpsPort: number; readonly ca: string };
  /** Stops it answering (SIGSTOP) until {@link resume}: a slow upstream, queries kept waiting. */
  pause(): void;
  resume(): void;
}

export interface UnboundOptions {
  /** Also serve DNS over TLS and over HTTPS, with a certificate for `localhost` from a CA of its own. */
  readonly tls?: boolean;
  /** Worker threads. @default 1 */
  readonly threads?: number;
}

/**
 * @param zones - local zones it serves (`example.`), each answered from `records` only
 * @param records - local-data lines, e.g. `www.example. 300 IN A 192.0.2.10`
 */
export function startUnbound(
  zones: readonly string[],
  records: readonly string[],
  options: UnboundOptions = {},
): Promise<UnboundHandle> {
  return inFreshDir('redoubt-unbound-', async (dir) => {
    const [port, tlsPort, httpsPort] = (await freePorts(3)) as [number, number, number];
    const tls =
      options.tls === true
        ? ownCaCertificate({ commonName: 'localhost', dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] }, 'server')
        : undefined;
    if (tls !== undefined) {
      await writeFile(join(dir, 'key.pem'), tls.key, { mode: 0o600 });
      await writeFile(join(dir, 'cert.pem'), tls.cert);
    }
    const conf = [
      'server:',
      `  interface: 127.0.0.1@${port}`,
      `  port: ${port}`,
      ...(tls === undefined
        ? []
        : [
            `  interface: 127.0.0.1@${tlsPort}`,
            `  tls-port: ${tlsPort}`,
            `  interface: 127.0.0.1@${httpsPort}`,
            `  https-port: ${httpsPort}`,
            '  http-endpoint: "/dns-query"',
            `  tls-service-key: "${join(dir, 'key.pem')}"`,
            `  tls-service-pem: "${join(dir, 'cert.pem')}"`,
          ]),
      '  do-daemonize: no',
      '  use-syslog: no',
      '  logfile: ""',
      '  chroot: ""',
      '  username: ""',
      `  directory: "${dir}"`,
      `  pidfile: "${join(dir, 'unbound.pid')}"`,
      '  access-control: 127.0.0.0/8 allow',
      '  do-ip6: no',
      '  module-config: "iterator"',
      `  num-threads: ${options.threads ?? 1}`,
      ...zones.map((zone) => `  local-zone: "${zone}" static`),
      ...records.map((record) => `  local-data: "${record.replaceAll('"', '\\"')}"`),
      'remote-control:',
      '  control-enable: no',
      '',
    ].join('\n');
    await writeFile(join(dir, 'unbound.conf'), conf);
    const child = spawn(UNBOUND, ['-d', '-c', join(dir, 'unbound.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const server = supervise(child, 'unbound', { keep: 8000, patienceMs: 5000 });
    const stop = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
    try {
      await retry('unbound ready', () => query('127.0.0.1', port, zones[0] ?? '.'), {
        timeout: 30_000,
        abort: server.exited,
        details: () => `unbound output:\n${server.output()}\nunbound.conf:\n${conf}`,
      });
    } catch (error) {
      await stop();
      throw error;
    }
    return {
      pause: () => void child.kill('SIGSTOP'),
      resume: () => void child.kill('SIGCONT'),
      host: '127.0.0.1',
      port,
      ...(tls === undefined ? {} : { tls: { port: tlsPort, httpsPort, ca: tls.ca } }),
      [Symbol.asyncDispose]: stop,
    };
  });
}

/** One SOA question over UDP, answered within a second. */
function query(host: string, port: number, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('no answer'));
    }, 1000);
    socket.on('message', () => {
      clearTimeout(timer);
      socket.close();
      resolve();
    });
    socket.send(dnsPacket.encode({ type: 'query', id: 1, questions: [{ type: 'SOA', name }] }), port, host);
  });
}
