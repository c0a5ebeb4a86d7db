/**
 * Let's Encrypt's test ACME server (Debian's `pebble`) on loopback, with `pebble-challtestsrv` as
 * its DNS server answering 127.0.0.1 for every name, so that any test domain leads to the
 * challenge responders the test starts. Pebble validates challenges for real: it fetches
 * `http://<domain>:<httpPort>/.well-known/acme-challenge/<token>` and opens TLS with ALPN
 * `acme-tls/1` to `<domain>:<tlsPort>`.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:https';
import { ownCaCertificate } from './stranger-ca.js';
import { freePorts, retry } from '../../sim/cluster/index.js';

export interface PebbleOptions {
  /** Where pebble validates HTTP-01 challenges. */
  readonly httpPort: number;
  /** Where pebble validates TLS-ALPN-01 challenges. */
  readonly tlsPort: number;
}

export class Pebble implements AsyncDisposable {
  private constructor(
    private readonly processes: readonly ChildProcess[],
    private readonly dir: string,
    /** The ACME directory URL. */
    readonly directoryUrl: string,
    /** The CA of pebble's own HTTPS listener (not of the certificates it issues). */
    readonly listenerCa: string,
    private readonly managementPort: number,
  ) {}

  static async start(options: PebbleOptions): Promise<Pebble> {
    const dir = await mkdtemp(join(tmpdir(), 'redoubt-pebble-'));
    const [acmePort, managementPort, dnsPort, challengeManagementPort] = (await freePorts(4)) as [
      number,
      number,
      number,
      number,
    ];
    const listener = listenerCertificate();
    await writeFile(join(dir, 'cert.pem'), listener.cert);
    await writeFile(join(dir, 'key.pem'), listener.key, { mode: 0o600 });
    await writeFile(
      join(dir, 'pebble.json'),
      JSON.stringify({
        pebble: {
          listenAddress: `127.0.0.1:${acmePort}`,
          managementListenAddress: `127.0.0.1:${managementPort}`,
          certificate: join(dir, 'cert.pem'),
          privateKey: join(dir, 'key.pem'),
          httpPort: options.httpPort,
          tlsPort: options.tlsPort,
          ocspResponderURL: '',
          externalAccountBindingRequired: false,
        },
      }),
    );
    const output: string[] = [];
    const launch = (command: string, args: string[], env: Record<string, string> = {}) => {
      const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
      const keep = (chunk: Buffer) => output.push(chunk.toString());
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      return child;
    };
    const dns = launch('pebble-challtestsrv', [
      ...['-dns01', `127.0.0.1:${dnsPort}`, '-management', `127.0.0.1:${challengeManagementPort}`],
      ...['-http01', '', '-https01', '', '-tlsalpn01', '', '-defaultIPv4', '127.0.0.1', '-defaultIPv6', ''],
    ]);
    // No sleeps between validation attempts, and every nonce accepted: the tests wait on
    // nothing but the protocol.
    const ca = launch('pebble', ['-config', join(dir, 'pebble.json'), '-dnsserver', `127.0.0.1:${dnsPort}`], {
      PEBBLE_VA_NOSLEEP: '1',
      PEBBLE_WFE_NONCEREJECT: '0',
    });
    const pebble = new Pebble([ca, dns], dir, `https://127.0.0.1:${acmePort}/dir`, listener.ca, managementPort);
    try {
      await retry('pebble ready', () => pebble.#get(pebble.directoryUrl), {
        timeout: 20_000,
        details: () => output.join('').slice(-2000),
      });
    } catch (error) {
      await pebble[Symbol.asyncDispose]();
      throw error;
    }
    return pebble;
  }

  /** The root of the certificates pebble issues (made anew at every start). */
  async issuingRoot(): Promise<string> {
    return this.#get(`https://127.0.0.1:${this.managementPort}/roots/0`);
  }

  #get(url: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const req = request(url, { agent: new Agent({ ca: this.listenerCa }) }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end();
    });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all(
      this.processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** A certificate for pebble's HTTPS listener on 127.0.0.1, from a CA of its own. */
function listenerCertificate(): { key: string; cert: string; ca: string } {
  return ownCaCertificate(
    { commonName: 'pebble', dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] },
    'server',
    'pebble listener CA',
  );
}
