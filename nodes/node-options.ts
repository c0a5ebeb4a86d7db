/**
 * What a node role accepts on its command line: the options of each role with their help and
 * defaults, the strict parse of argv against them, and the --help text. No import here loads the
 * runtime, so `redoubt start --help` (and the parse that precedes a start) costs no more than this
 * file; config.ts validates the values and builds the NodeConfig.
 */
import { parseArgs } from 'node:util';
// The module seam's light declarations only: reading a module's options loads nothing of its runtime.
import type { RedoubtModule } from '../gateway/module.js';
import { ConfigError } from './errors.js';
import { NODE_MODULES } from './modules.js';

/** The role a node process runs: every role in one process, a shard node, a registry node or a gateway. */
export type NodeMode = 'standalone' | 'shard' | 'registry' | 'gateway';

/** The options every node takes, for parseArgs and for --help. */
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
  'max-payload': { type: 'string', help: 'largest command payload in bytes', default: '262144' },
  help: { type: 'boolean', help: 'show this help' },
} as const;

/** Options of the nodes that run the gRPC gateway. */
export const GATEWAY_OPTIONS = {
  'no-gateway': { type: 'boolean', help: 'run without the gRPC gateway (entities and registry only)' },
  'grpc-host': { type: 'string', help: 'address of the gRPC gateway (TLS 1.3)', default: '127.0.0.1' },
  'grpc-port': { type: 'string', help: 'port of the gRPC gateway (0 picks a free one)', default: '8443' },
  'rate-per-ip': { type: 'string', help: 'gRPC calls per second from one IP address (burst 4×)', default: '50' },
  'rate-per-account': { type: 'string', help: 'gRPC calls per second for one account (burst 4×)', default: '20' },
  'scrypt-n': {
    type: 'string',
    help: 'scrypt cost N of new password hashes (a power of two; 2^15 = 32 MiB per hash)',
    default: '32768',
  },
  'acme-directory': {
    type: 'string',
    help: "serve a public certificate from this ACME CA's directory URL (agrees to its terms of service)",
  },
  'acme-domains': { type: 'string', help: 'DNS names of the ACME certificate, comma separated (the first is its CN)' },
  'acme-email': { type: 'string', help: 'contact address of the ACME account' },
  'acme-challenge': { type: 'string', help: 'how the CA checks the names: http-01 or tls-alpn-01', default: 'http-01' },
  'acme-http-port': { type: 'string', help: 'port of the HTTP-01 responder (the CA connects to 80)', default: '80' },
  'acme-tls-port': {
    type: 'string',
    help: 'port of the TLS-ALPN-01 responder (the CA connects to 443)',
    default: '443',
  },
  'acme-ca-file': { type: 'string', help: "PEM file trusted for the ACME directory's HTTPS, beside the system's" },
  'sms-webhook': {
    type: 'string',
    help: 'send SMS codes by POSTing to this provider webhook (https, or http on loopback); SMS stays off without it',
  },
  'sms-webhook-secret-file': {
    type: 'string',
    help: 'file (mode 0600) whose first line is the secret that signs the webhook requests',
  },
  'webauthn-rp-id': {
    type: 'string',
    help: 'the host name passkeys are bound to (users reach the gateway there)',
    default: 'localhost',
  },
  'web-origin': {
    type: 'string',
    help: 'comma-separated origins (https://host[:port]) whose pages may call the API and use passkeys; default https://<rp id>:<grpc port>',
  },
} as const;

/** Options of the nodes that hold the vault (standalone and registry). */
export const VAULT_OPTIONS = {
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
} as const;

/** Options only a cluster node takes. */
export const CLUSTER_OPTIONS = {
  nats: { type: 'string', help: 'NATS server URLs, comma separated (required)', default: '$REDOUBT_NATS' },
  replicas: { type: 'string', help: 'replicas of the journal stream and KV buckets', default: '1' },
  'heartbeat-ms': { type: 'string', help: 'heartbeat interval', default: '500' },
  'dead-after-ms': { type: 'string', help: 'a node unheard for this long loses its shards', default: '2500' },
  'lease-ms': { type: 'string', help: 'coordinator lease time', default: '3000' },
  'startup-timeout-ms': { type: 'string', help: 'how long to wait for NATS and JetStream at start', default: '60000' },
  'cert-dir': {
    type: 'string',
    help: "directory of this node's certificate from the internal CA (key.pem, cert.pem, ca.pem; `redoubt cert issue`); required for shard nodes",
    default: '$REDOUBT_CERT_DIR',
  },
  'nats-tls': { type: 'boolean', help: 'connect to NATS with mutual TLS, presenting the certificate of --cert-dir' },
} as const;

/** Options of a gateway, which serves the entities of every region. */
export const ROUTING_OPTIONS = {
  'platform-region': {
    type: 'string',
    help: 'region holding the data of no org and no account (email and org indexes)',
    default: '--region',
  },
} as const;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; help: string; default?: string }>;

/** Which options each node role takes: a role that runs a gateway takes its modules' too. */
function optionsOf(mode: NodeMode, modules: readonly RedoubtModule[]): OptionSpec {
  const own = roleOptionsOf(mode);
  if (mode !== 'standalone' && mode !== 'gateway') return own;
  const all: OptionSpec = { ...own };
  for (const module of modules) {
    for (const [name, spec] of Object.entries(module.options)) {
      if (Object.hasOwn(all, name)) throw new ConfigError(`module ${module.name}: option --${name} is taken`);
      all[name] = spec;
    }
  }
  return all;
}

/** The names of the options the modules add (their values go to the modules' background tasks). */
export function moduleOptionNames(modules: readonly RedoubtModule[] = NODE_MODULES): string[] {
  return modules.flatMap((module) => Object.keys(module.options));
}

function roleOptionsOf(mode: NodeMode): OptionSpec {
  switch (mode) {
    case 'standalone':
      return { ...NODE_OPTIONS, ...VAULT_OPTIONS, ...GATEWAY_OPTIONS };
    case 'shard':
      return { ...NODE_OPTIONS, ...CLUSTER_OPTIONS };
    case 'gateway': {
      // A gateway owns no shards: it routes by its region's shard map.
      const common = Object.entries(NODE_OPTIONS).filter(([name]) => name !== 'shards');
      const gateway = Object.entries(GATEWAY_OPTIONS).filter(([name]) => name !== 'no-gateway');
      return { ...Object.fromEntries(common), ...CLUSTER_OPTIONS, ...Object.fromEntries(gateway), ...ROUTING_OPTIONS };
    }
    case 'registry': {
      // Registry nodes form their own group: region and shard count are fixed (REGISTRY_REGION).
      const common = Object.entries(NODE_OPTIONS).filter(([name]) => name !== 'region' && name !== 'shards');
      return { ...Object.fromEntries(common), ...VAULT_OPTIONS, ...CLUSTER_OPTIONS };
    }
  }
}

/** The region name of the registry nodes' group, reserved for it. */
export const REGISTRY_REGION = 'registry';
/** Shards of the registry group, fixed so every node routes to registry entities alike. */
export const REGISTRY_SHARDS = 16;

/**
 * Parses a node role's argv strictly against its options.
 * @returns the option values, `help: true` among them when --help was given
 * @throws ConfigError for an unknown option or a missing value, pointing at --help
 */
export function parseNodeArgs(
  mode: NodeMode,
  argv: readonly string[],
  modules: readonly RedoubtModule[] = NODE_MODULES,
): Record<string, string | boolean | undefined> {
  const spec = optionsOf(mode, modules);
  try {
    const options = Object.fromEntries(Object.entries(spec).map(([name, o]) => [name, { type: o.type }]));
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}; see --help`);
  }
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
export function helpText(
  command: string,
  summary: string,
  mode: NodeMode,
  modules: readonly RedoubtModule[] = NODE_MODULES,
): string {
  const spec = optionsOf(mode, modules);
  const lines = Object.entries(spec).map(([name, o]) => {
    const flag = o.type === 'boolean' ? `--${name}` : `--${name} <value>`;
    return `  ${flag.padEnd(26)} ${o.help}${o.default ? ` (default: ${o.default})` : ''}`;
  });
  return `Usage: redoubt ${command} [options]\n\n${summary}\n\nOptions:\n${lines.join('\n')}\n`;
}
