/**
 * `redoubt cert issue`: gives a node its first certificate from the internal CA. The key pair is
 * made here, in this process; only the signing request goes to the running registry (or
 * standalone) node through its admin socket, and the key, the certificate and the CA bundle are
 * written to --out (mode 0600), ready for `redoubt node --cert-dir`. The node renews it from then on.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { CertificateRole, NodeCertificate } from '../registry/index.js';
import type { IssueReply } from '../registry/index.js';
import { callAdmin } from './admin/admin-client.js';
import { dataDirOption } from './cli-args.js';
import type { CommandLine } from './cli-commands.js';
import { ConfigError } from './errors.js';
import { integer } from './node-options.js';

/**
 * `redoubt cert issue` (cli-commands.ts checked the action): certifies a key made here.
 * @throws ConfigError for a bad --name, --ip, --role, --lifetime-hours or a missing --out
 */
export async function certCommand({ values }: CommandLine, env = process.env): Promise<number> {
  const text = (name: string) => values[name] as string | undefined;
  const name = text('name');
  if (name === undefined || !/^[A-Za-z0-9_.-]{1,64}$/.test(name)) {
    throw new ConfigError('--name: give the node id, 1 to 64 of A-Z a-z 0-9 _ . -');
  }
  const list = (option: string) =>
    (text(option) ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
  const ipAddresses = list('ip');
  for (const ip of ipAddresses) if (isIP(ip) === 0) throw new ConfigError(`--ip: "${ip}" is not an IP address`);
  const role = text('role') ?? 'node';
  if (!Object.hasOwn(CertificateRole, role)) {
    throw new ConfigError(`--role: "${role}" is not one of ${Object.keys(CertificateRole).join(', ')}`);
  }
  const hours = integer('lifetime-hours', text('lifetime-hours') ?? '24', 1, 720);
  const out = text('out');
  if (out === undefined) throw new ConfigError('cert issue needs --out DIR');

  const dir = resolve(out);
  const dataDir = dataDirOption(values, env);
  // The same path a node takes: a fresh key here, only the CSR to the registry, files 0600.
  const certificate = await NodeCertificate.obtain(
    async (command) =>
      (await callAdmin(dataDir, {
        op: 'cert-issue',
        csr: command.csr,
        role: command.role,
        ...(command.lifetimeMs === undefined ? {} : { lifetimeMs: command.lifetimeMs }),
      })) as IssueReply,
    {
      names: { commonName: name, dnsNames: list('dns'), ipAddresses },
      role: role as CertificateRole,
      lifetimeMs: hours * 3_600_000,
      fileDir: dir,
    },
  );
  // The node renews it from now on; this process only issues it.
  certificate.close();
  const x509 = new X509Certificate(certificate.current.cert);
  process.stdout.write(
    `wrote ${dir}/{key,cert,ca}.pem: ${x509.subject.replace(/\n/g, ', ')}${x509.subjectAltName ? ` (${x509.subjectAltName})` : ''}, valid until ${x509.validTo}\n`,
  );
  return 0;
}
