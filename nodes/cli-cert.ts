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
import { dataDirOption, parseCommandArgs, printHelp } from './cli-args.js';
import { integer } from './config.js';
import { ConfigError } from './errors.js';

export const CERT_HELP = `Usage: redoubt cert issue --data DIR --name NAME [--dns NAMES] [--ip ADDRESSES] --out DIR

Makes a key pair here, has the internal CA of the running registry node on --data certify it,
and writes key.pem, cert.pem and ca.pem (mode 0600) into --out for \`redoubt node --cert-dir\`.
The private key never leaves this machine. The node renews the certificate itself afterwards.

Options:
  --data <dir>               data directory of the running registry (or standalone) node
  --name <name>              the certificate's CN: the node id (required)
  --dns <names>              DNS names, comma separated
  --ip <addresses>           IP addresses, comma separated (e.g. 127.0.0.1)
  --role <role>              node (server and client, default), server or client
  --lifetime-hours <h>       1 to 720 (default: 24)
  --out <dir>                where to write the files (created mode 0700; existing files are replaced)
`;

const OPTIONS = {
  data: { type: 'string' },
  name: { type: 'string' },
  dns: { type: 'string' },
  ip: { type: 'string' },
  role: { type: 'string' },
  'lifetime-hours': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean' },
} as const;

export async function certCommand(argv: readonly string[], env = process.env): Promise<number> {
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === 'help') return printHelp(CERT_HELP);
  if (action !== 'issue') throw new ConfigError(`unknown cert action "${action}"; see redoubt cert --help`);
  const values = parseCommandArgs(rest, OPTIONS, 'cert');
  if (values['help'] === true) return printHelp(CERT_HELP);
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
