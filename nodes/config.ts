/**
 * The configuration of a node process, from the command line with environment fallbacks. Every
 * value is validated here, with an error that says what to change.
 */
import { accessSync, constants } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { assertNodeId, assertRegion, isRegion } from '../actors/index.js';
import { webhookUrlProblem } from '../gateway/sms-webhook.js';
import { isDnsName } from '../registry/acme/dns-name.js';
import { ConfigError } from './errors.js';
import type { RedoubtModule } from '../gateway/module.js';
import { NODE_MODULES } from './modules.js';
import { integer, moduleOptionNames, parseNodeArgs, REGISTRY_REGION, REGISTRY_SHARDS } from './node-options.js';
import type { NodeMode } from './node-options.js';

export { helpText, integer, REGISTRY_REGION, REGISTRY_SHARDS } from './node-options.js';
export type { NodeMode } from './node-options.js';

export interface NodeConfig {
  readonly mode: NodeMode;
  readonly nodeId: string;
  readonly region: string;
  /** Where data of no org and no account lives (a gateway routes there); the own region by default. */
  readonly platformRegion: string;
  readonly dataDir: string;
  /** NATS server URLs; empty in the embedded default. */
  readonly natsUrls: readonly string[];
  /** Shards per region; fixed for the life of the region. */
  readonly shards: number;
  /** Replicas of the journal stream and KV buckets. */
  readonly replicas: number;
  readonly httpHost: string;
  readonly httpPort: number;
  /** Key file the data key is read from (created on first start when it is the default one). */
  readonly keyFile: string | undefined;
  /** Name of the environment variable holding the passphrase, when a passphrase unlocks the data. */
  readonly passphraseEnv: string | undefined;
  /** TCTI of the TPM that unseals the vault (e.g. `device:/dev/tpmrm0`), when a TPM does. */
  readonly tpmTcti: string | undefined;
  /** Start with the vault sealed and wait for `redoubt unseal` (always so for a Shamir-only vault). */
  readonly startSealed: boolean;
  readonly heartbeatMs: number;
  readonly deadAfterMs: number;
  readonly leaseMs: number;
  readonly maxPayloadBytes: number;
  /** How long a cluster node waits for NATS and JetStream to be ready at start. */
  readonly startupTimeoutMs: number;
  /**
   * The directory of a cluster node's certificate from the internal CA (`key.pem`, `cert.pem`,
   * `ca.pem`, as `redoubt cert issue` writes them): the node signs its registry requests with it,
   * presents it to nats-server when {@link natsTls} is set, and renews it in place.
   */
  readonly certDir: string | undefined;
  /** Connect to nats-server with mutual TLS, using the certificate in {@link certDir}. */
  readonly natsTls: boolean;
  /** Whether a standalone node runs the gRPC gateway. */
  readonly gateway: boolean;
  /** Where the gRPC gateway listens (standalone). */
  readonly grpcHost: string;
  /** 0 picks a free port. */
  readonly grpcPort: number;
  /** scrypt cost (N) of new password hashes: a power of two. */
  readonly scryptN: number;
  /** Sustained gRPC calls per second allowed from one IP address (burst: 4×). */
  readonly rateLimitPerIp: number;
  /** Sustained gRPC calls per second allowed for one account (burst: 4×). */
  readonly rateLimitPerAccount: number;
  /** The gateway's public certificate from an ACME CA, when configured (else the internal CA's). */
  readonly acme: AcmeConfig | undefined;
  /** Where SMS codes are sent: a webhook and the file of the secret that signs its requests. */
  readonly sms: { readonly webhook: string; readonly secretFile: string } | undefined;
  /** Where browsers reach the gateway: the passkeys' RP id, and the origins pages may call from (undefined: the gateway's own). */
  readonly web: { readonly rpId: string; readonly origins: readonly string[] | undefined };
  /** The values of the modules' own options (`--dns-port`), by name, for their background tasks. */
  readonly moduleOptions: Readonly<Record<string, string | boolean | undefined>>;
}

export interface AcmeConfig {
  readonly directoryUrl: string;
  readonly names: readonly string[];
  readonly email: string | undefined;
  readonly challenge: 'http-01' | 'tls-alpn-01';
  readonly httpPort: number;
  readonly tlsPort: number;
  /** PEM file trusted for the directory's HTTPS. */
  readonly caFile: string | undefined;
}

/** Parses argv; `undefined` means --help was asked for. @throws ConfigError */
export function parseNodeConfig(
  mode: NodeMode,
  argv: readonly string[],
  env = process.env,
  modules: readonly RedoubtModule[] = NODE_MODULES,
): NodeConfig | undefined {
  const values = parseNodeArgs(mode, argv, modules);
  if (values.help === true) return undefined;
  const text = (name: string): string | undefined => values[name] as string | undefined;

  const cluster = mode !== 'standalone';
  const natsUrls = (text('nats') ?? (cluster ? env.REDOUBT_NATS : undefined) ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  if (cluster && natsUrls.length === 0) throw new ConfigError('a cluster node needs --nats URL (or REDOUBT_NATS)');
  for (const url of natsUrls) {
    if (!/^(nats|tls):\/\/[^\s/]+$/.test(url)) throw new ConfigError(`--nats: "${url}" is not a nats://host:port URL`);
  }
  const nodeId =
    text('node-id') ??
    env.REDOUBT_NODE_ID ??
    hostname()
      .replace(/[^A-Za-z0-9_-]/g, '-')
      .slice(0, 64);
  const region = mode === 'registry' ? REGISTRY_REGION : (text('region') ?? env.REDOUBT_REGION ?? 'local');
  try {
    assertNodeId(nodeId);
    assertRegion(region);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (mode !== 'registry' && region === REGISTRY_REGION) {
    throw new ConfigError(`--region ${REGISTRY_REGION} is reserved for the registry nodes (redoubt registry)`);
  }
  const platformRegion = text('platform-region') ?? region;
  if (text('platform-region') !== undefined && (!isRegion(platformRegion) || platformRegion === REGISTRY_REGION)) {
    throw new ConfigError(`--platform-region: "${platformRegion}" is not a region of shard nodes`);
  }
  const certDir = cluster ? certDirOf(text('cert-dir') ?? env.REDOUBT_CERT_DIR) : undefined;
  if ((mode === 'shard' || mode === 'gateway') && certDir === undefined) {
    throw new ConfigError(
      'a shard or gateway node needs --cert-dir DIR (or REDOUBT_CERT_DIR) with its certificate from the internal CA: make one with `redoubt cert issue`',
    );
  }
  const natsTls = values['nats-tls'] === true;
  if (natsTls && certDir === undefined) throw new ConfigError('--nats-tls needs --cert-dir');
  const passphraseEnv = text('passphrase-env');
  if (passphraseEnv !== undefined && env[passphraseEnv] === undefined) {
    throw new ConfigError(`--passphrase-env ${passphraseEnv}: that environment variable is not set`);
  }
  const tpmTcti = mode === 'shard' || mode === 'gateway' ? undefined : (text('tpm') ?? env.REDOUBT_TPM);
  const unsealers = [text('key-file'), passphraseEnv, tpmTcti].filter((value) => value !== undefined);
  if (unsealers.length > 1) throw new ConfigError('give one of --key-file, --passphrase-env and --tpm, not several');
  if (tpmTcti !== undefined && !/^[a-z]+(:[^\s]*)?$/.test(tpmTcti)) {
    throw new ConfigError(
      `--tpm: "${tpmTcti}" is not a TCTI such as device:/dev/tpmrm0 or swtpm:host=127.0.0.1,port=2321`,
    );
  }
  const heartbeatMs = integer('heartbeat-ms', text('heartbeat-ms') ?? '500', 50, 60_000);
  const deadAfterMs = integer('dead-after-ms', text('dead-after-ms') ?? '2500', 100, 600_000);
  const leaseMs = integer('lease-ms', text('lease-ms') ?? '3000', 100, 600_000);
  if (deadAfterMs < 2 * heartbeatMs) throw new ConfigError('--dead-after-ms must be at least twice --heartbeat-ms');
  if (leaseMs < 2 * heartbeatMs) throw new ConfigError('--lease-ms must be at least twice --heartbeat-ms');
  return {
    mode,
    nodeId,
    region,
    platformRegion,
    dataDir: resolve(text('data') ?? env.REDOUBT_DATA ?? 'redoubt-data'),
    natsUrls,
    shards: mode === 'registry' ? REGISTRY_SHARDS : integer('shards', text('shards') ?? '64', 1, 4096),
    replicas: integer('replicas', text('replicas') ?? '1', 1, 5),
    httpHost: text('http-host') ?? '127.0.0.1',
    httpPort: integer('http-port', text('http-port') ?? '9464', 0, 65_535),
    keyFile:
      mode !== 'shard' && passphraseEnv === undefined && tpmTcti === undefined
        ? resolve(text('key-file') ?? env.REDOUBT_KEY_FILE ?? join(homedir(), '.config', 'redoubt', 'master.key'))
        : undefined,
    passphraseEnv,
    tpmTcti,
    startSealed: values['sealed'] === true,
    heartbeatMs,
    deadAfterMs,
    leaseMs,
    maxPayloadBytes: integer('max-payload', text('max-payload') ?? '262144', 1024, 1_000_000),
    startupTimeoutMs: integer('startup-timeout-ms', text('startup-timeout-ms') ?? '60000', 100, 3_600_000),
    certDir,
    natsTls,
    gateway: mode === 'gateway' || (mode === 'standalone' && values['no-gateway'] !== true),
    grpcHost: text('grpc-host') ?? '127.0.0.1',
    grpcPort: integer('grpc-port', text('grpc-port') ?? '8443', 0, 65_535),
    rateLimitPerIp: integer('rate-per-ip', text('rate-per-ip') ?? '50', 1, 100_000),
    rateLimitPerAccount: integer('rate-per-account', text('rate-per-account') ?? '20', 1, 100_000),
    scryptN: powerOfTwo('scrypt-n', text('scrypt-n') ?? '32768', 2 ** 10, 2 ** 20),
    acme: acmeConfig(text),
    sms: smsConfig(text),
    web: webConfig(text),
    moduleOptions: Object.fromEntries(moduleOptionNames(modules).map((name) => [name, values[name]])),
  };
}

/** The RP id and the allowed origins, checked against each other. @throws ConfigError */
function webConfig(text: (name: string) => string | undefined): NodeConfig['web'] {
  const rpId = (text('webauthn-rp-id') ?? 'localhost').toLowerCase();
  if (!HOST_NAME.test(rpId)) throw new ConfigError('--webauthn-rp-id must be a host name, e.g. id.example.org');
  const listed = text('web-origin');
  if (listed === undefined) return { rpId, origins: undefined };
  const origins = listed
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (origins.length === 0) throw new ConfigError('--web-origin lists no origin');
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(`--web-origin: ${origin} is not a URL`);
    }
    if (url.protocol !== 'https:' || url.origin !== origin) {
      throw new ConfigError(`--web-origin: ${origin} must be an origin: https://host[:port], no path`);
    }
    if (url.hostname !== rpId && !url.hostname.endsWith(`.${rpId}`)) {
      throw new ConfigError(
        `--web-origin: ${origin} is not ${rpId} or under it (--webauthn-rp-id): passkeys would not work there`,
      );
    }
  }
  return { rpId, origins };
}

/** A DNS host name: labels of letters, digits and hyphens. */
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The SMS options, both or none. @throws ConfigError */
function smsConfig(text: (name: string) => string | undefined): NodeConfig['sms'] {
  const webhook = text('sms-webhook');
  const secretFile = text('sms-webhook-secret-file');
  if (webhook === undefined && secretFile === undefined) return undefined;
  if (webhook === undefined || secretFile === undefined) {
    throw new ConfigError('--sms-webhook and --sms-webhook-secret-file go together');
  }
  const problem = webhookUrlProblem(webhook);
  if (problem !== undefined) throw new ConfigError(`--sms-webhook: ${problem}`);
  return { webhook, secretFile: resolve(secretFile) };
}

/** The ACME options, all or none. @throws ConfigError */
function acmeConfig(text: (name: string) => string | undefined): AcmeConfig | undefined {
  const directoryUrl = text('acme-directory');
  if (directoryUrl === undefined) {
    const stray = ['acme-domains', 'acme-email', 'acme-challenge', 'acme-ca-file'].find((n) => text(n) !== undefined);
    if (stray !== undefined) throw new ConfigError(`--${stray} needs --acme-directory`);
    return undefined;
  }
  if (!/^https:\/\/\S+$/.test(directoryUrl)) {
    throw new ConfigError(`--acme-directory: "${directoryUrl}" is not an https:// URL`);
  }
  const names = (text('acme-domains') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0);
  if (names.length === 0) throw new ConfigError('--acme-directory needs --acme-domains, e.g. api.example.org');
  for (const name of names) {
    if (!isDnsName(name)) {
      throw new ConfigError(`--acme-domains: "${name}" is not a DNS name (wildcards need DNS-01, not offered)`);
    }
  }
  if (new Set(names).size !== names.length) throw new ConfigError('--acme-domains: a name is listed twice');
  const challenge = text('acme-challenge') ?? 'http-01';
  if (challenge !== 'http-01' && challenge !== 'tls-alpn-01') {
    throw new ConfigError(`--acme-challenge: "${challenge}" must be http-01 or tls-alpn-01`);
  }
  const email = text('acme-email');
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new ConfigError(`--acme-email: "${email}" is not an email address`);
  }
  const caFile = text('acme-ca-file');
  if (caFile !== undefined) {
    try {
      accessSync(caFile, constants.R_OK);
    } catch (error) {
      throw new ConfigError(
        `--acme-ca-file: cannot read ${caFile} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  return {
    directoryUrl,
    names,
    email,
    challenge,
    httpPort: integer('acme-http-port', text('acme-http-port') ?? '80', 0, 65_535),
    tlsPort: integer('acme-tls-port', text('acme-tls-port') ?? '443', 0, 65_535),
    caFile: caFile === undefined ? undefined : resolve(caFile),
  };
}

/** The certificate directory: it must hold key.pem, cert.pem and ca.pem, readable. @throws ConfigError */
function certDirOf(dir: string | undefined): string | undefined {
  if (dir === undefined || dir === '') return undefined;
  for (const name of ['key.pem', 'cert.pem', 'ca.pem']) {
    try {
      accessSync(join(dir, name), constants.R_OK);
    } catch (error) {
      throw new ConfigError(
        `--cert-dir: cannot read ${join(dir, name)} (${(error as NodeJS.ErrnoException).code ?? 'error'}); \`redoubt cert issue --out DIR\` writes all three`,
      );
    }
  }
  return resolve(dir);
}

/** A power of two in [min, max]. @throws ConfigError naming the option */
function powerOfTwo(name: string, value: string, min: number, max: number): number {
  const n = integer(name, value, min, max);
  if ((n & (n - 1)) !== 0) throw new ConfigError(`--${name}: "${value}" must be a power of two`);
  return n;
}
