/**
 * The configuration of a node process, from the command line with environment fallbacks. Every
 * value is validated here, with an error that says what to change.
 */
import { accessSync, constants } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assertNodeId, assertRegion } from '../actors/index.js';
import { ConfigError } from './errors.js';

export interface NodeConfig {
  readonly mode: 'standalone' | 'shard';
  readonly nodeId: string;
  readonly region: string;
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
  /** The PEM files of a cluster node's mutual TLS with nats-server; `undefined` for plain NATS. */
  readonly natsTls: NatsTlsFiles | undefined;
}

/** The PEM files a node presents and trusts on its NATS connections (read again on every reconnect). */
export interface NatsTlsFiles {
  /** The CA bundle nats-server's certificate must chain to (the registry CA's `bundle`). */
  readonly caFile: string;
  /** This node's certificate, issued by the registry CA (role `node` or `client`). */
  readonly certFile: string;
  /** This node's private key. */
  readonly keyFile: string;
}

/** The options shared by `start` and `node`, for parseArgs and for --help. */
export const NODE_OPTIONS = {
  data: {
    type: 'string',
    help: 'data directory (LevelDB snapshots; the journal too when standalone)',
    default: '$REDOUBT_DATA or ./redoubt-data',
  },
  'node-id': {
    type: 'string',
    help: "this node's id, unique in its region: [A-Za-z0-9_-]{1,64}",
    default: 'the host name',
  },
  region: { type: 'string', help: 'region this node serves', default: '$REDOUBT_REGION or local' },
  shards: { type: 'string', help: "shards per region (fixed for the region's life)", default: '64' },
  'http-host': { type: 'string', help: 'address of the /metrics and /healthz endpoint', default: '127.0.0.1' },
  'http-port': {
    type: 'string',
    help: 'port of the /metrics and /healthz endpoint (0 picks a free one)',
    default: '9464',
  },
  'key-file': {
    type: 'string',
    help: 'unseal the vault with this key file (mode 0600; made on first start when standalone)',
    default: '$REDOUBT_KEY_FILE or ~/.config/redoubt/master.key',
  },
  'passphrase-env': {
    type: 'string',
    help: 'unseal with a passphrase read from this environment variable instead of a key file',
  },
  tpm: {
    type: 'string',
    help: 'unseal with the TPM 2.0 reached through this TCTI, e.g. device:/dev/tpmrm0',
    default: '$REDOUBT_TPM',
  },
  sealed: {
    type: 'boolean',
    help: 'start sealed: serve nothing until `redoubt unseal` (shares, passphrase, key file or TPM)',
  },
  'max-payload': { type: 'string', help: 'largest command payload in bytes', default: '262144' },
  help: { type: 'boolean', help: 'show this help' },
} as const;

/** Options only a cluster node takes. */
export const CLUSTER_OPTIONS = {
  nats: { type: 'string', help: 'NATS server URLs, comma separated (required)', default: '$REDOUBT_NATS' },
  replicas: { type: 'string', help: 'replicas of the journal stream and KV buckets', default: '1' },
  'heartbeat-ms': { type: 'string', help: 'heartbeat interval', default: '500' },
  'dead-after-ms': { type: 'string', help: 'a node unheard for this long loses its shards', default: '2500' },
  'lease-ms': { type: 'string', help: 'coordinator lease time', default: '3000' },
  'startup-timeout-ms': { type: 'string', help: 'how long to wait for NATS and JetStream at start', default: '60000' },
  'nats-ca': { type: 'string', help: 'mTLS to NATS: CA bundle (PEM) to trust', default: '$REDOUBT_NATS_CA' },
  'nats-cert': { type: 'string', help: "mTLS to NATS: this node's certificate (PEM)", default: '$REDOUBT_NATS_CERT' },
  'nats-key': { type: 'string', help: "mTLS to NATS: this node's private key (PEM)", default: '$REDOUBT_NATS_KEY' },
} as const;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; help: string; default?: string }>;

/** Parses argv; `undefined` means --help was asked for. @throws ConfigError */
export function parseNodeConfig(
  mode: NodeConfig['mode'],
  argv: readonly string[],
  env = process.env,
): NodeConfig | undefined {
  const spec: OptionSpec = mode === 'shard' ? { ...NODE_OPTIONS, ...CLUSTER_OPTIONS } : NODE_OPTIONS;
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(Object.entries(spec).map(([name, o]) => [name, { type: o.type }]));
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}; see --help`);
  }
  if (values.help === true) return undefined;
  const text = (name: string): string | undefined => values[name] as string | undefined;

  const natsUrls = (text('nats') ?? (mode === 'shard' ? env.REDOUBT_NATS : undefined) ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  if (mode === 'shard' && natsUrls.length === 0)
    throw new ConfigError('a cluster node needs --nats URL (or REDOUBT_NATS)');
  for (const url of natsUrls) {
    if (!/^(nats|tls):\/\/[^\s/]+$/.test(url)) throw new ConfigError(`--nats: "${url}" is not a nats://host:port URL`);
  }
  const nodeId =
    text('node-id') ??
    env.REDOUBT_NODE_ID ??
    hostname()
      .replace(/[^A-Za-z0-9_-]/g, '-')
      .slice(0, 64);
  const region = text('region') ?? env.REDOUBT_REGION ?? 'local';
  try {
    assertNodeId(nodeId);
    assertRegion(region);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const passphraseEnv = text('passphrase-env');
  if (passphraseEnv !== undefined && env[passphraseEnv] === undefined) {
    throw new ConfigError(`--passphrase-env ${passphraseEnv}: that environment variable is not set`);
  }
  const tpmTcti = text('tpm') ?? env.REDOUBT_TPM;
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
    dataDir: resolve(text('data') ?? env.REDOUBT_DATA ?? 'redoubt-data'),
    natsUrls,
    shards: integer('shards', text('shards') ?? '64', 1, 4096),
    replicas: integer('replicas', text('replicas') ?? '1', 1, 5),
    httpHost: text('http-host') ?? '127.0.0.1',
    httpPort: integer('http-port', text('http-port') ?? '9464', 0, 65_535),
    keyFile:
      passphraseEnv === undefined && tpmTcti === undefined
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
    natsTls:
      mode === 'shard'
        ? natsTlsFiles(
            text('nats-ca') ?? env.REDOUBT_NATS_CA,
            text('nats-cert') ?? env.REDOUBT_NATS_CERT,
            text('nats-key') ?? env.REDOUBT_NATS_KEY,
          )
        : undefined,
  };
}

/** The mTLS files: all three or none, each readable. @throws ConfigError naming the option */
function natsTlsFiles(
  ca: string | undefined,
  cert: string | undefined,
  key: string | undefined,
): NatsTlsFiles | undefined {
  const given = { 'nats-ca': ca, 'nats-cert': cert, 'nats-key': key };
  const missing = Object.entries(given).filter(([, file]) => file === undefined || file === '');
  if (missing.length === 3) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(
      `mTLS to NATS needs --nats-ca, --nats-cert and --nats-key together; missing: ${missing.map(([name]) => `--${name}`).join(', ')}`,
    );
  }
  for (const [name, file] of Object.entries(given)) {
    try {
      accessSync(file!, constants.R_OK);
    } catch (error) {
      throw new ConfigError(`--${name}: cannot read "${file}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return { caFile: resolve(ca!), certFile: resolve(cert!), keyFile: resolve(key!) };
}

/** A whole-number option in [min, max]. @throws ConfigError naming the option and the range */
export function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new ConfigError(`--${name}: "${value}" must be a whole number from ${min} to ${max}`);
  }
  return n;
}

/** The --help text of a subcommand. */
export function helpText(command: string, summary: string, mode: NodeConfig['mode']): string {
  const spec: OptionSpec = mode === 'shard' ? { ...NODE_OPTIONS, ...CLUSTER_OPTIONS } : NODE_OPTIONS;
  const lines = Object.entries(spec).map(([name, o]) => {
    const flag = o.type === 'boolean' ? `--${name}` : `--${name} <value>`;
    return `  ${flag.padEnd(26)} ${o.help}${o.default ? ` (default: ${o.default})` : ''}`;
  });
  return `Usage: redoubt ${command} [options]\n\n${summary}\n\nOptions:\n${lines.join('\n')}\n`;
}
