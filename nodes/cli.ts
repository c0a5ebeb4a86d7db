/**
 * The `redoubt` command. `start` runs everything in one process (the embedded default); `node`
 * runs a shard node that joins its region's cluster over NATS, `registry` a registry node. SIGTERM or SIGINT hands shards off,
 * stops entities, flushes and exits; a second signal exits at once.
 */
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { RedoubtError } from '../actors/index.js';
import { certCommand } from './cli-cert.js';
import { helpText, parseNodeConfig } from './config.js';
import type { NodeConfig } from './config.js';
import { initCommand, vaultStatusCommand } from './cli-vault.js';
import { keysCommand, sealCommand, statusCommand, superadminCommand, unsealCommand } from './cli-admin.js';
import { backupCommand, restoreCommand } from './cli-backup.js';
import { createRootLogger } from './logger.js';
import { startClusterNode } from './node-cluster.js';
import { startGatewayNode } from './node-gateway.js';
import { startStandalone } from './node-standalone.js';
import type { RunningNode } from './running-node.js';

const COMMANDS = {
  start: 'Run Redoubt in one process: the embedded default, with no external server.',
  node: "Run a shard node that joins its region's cluster over NATS (JetStream journal, KV shard map).",
  gateway: 'Run a gateway node: the gRPC edge (TLS 1.3) of a region, with its --cert-dir certificate.',
  registry: 'Run a registry node: unseals the vault kept in NATS and serves keys, the CA and signing keys.',
  cert: 'Give a node its certificate from the internal CA: redoubt cert issue --data DIR --name N --out DIR.',
  init: "Create a node's vault: a new master key and its protectors (key file, passphrase, TPM, Shamir shares).",
  'vault-status': "Show a node's vault: its protectors and master-key versions, no secret.",
  status: 'Ask the running node whether its vault is sealed: redoubt status --data DIR.',
  unseal: "Unseal the running node's vault: Shamir shares on stdin, a passphrase, key file or TPM.",
  seal: "Seal the running node's vault: every key and entity state leave its memory.",
  keys: 'Rotate, inspect or shred data keys on the running node: redoubt keys rotate --org ORG.',
  backup: 'Write an encrypted, authenticated archive of orgs (--org, --all) or the registry (--registry).',
  restore: 'Load a backup archive into a fresh data directory or cluster region; refuses altered archives.',
  version: 'Print the version.',
  help: "Show this help, or a command's help: redoubt help <command>.",
} as const;

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, summary]) => `  ${name.padEnd(13)} ${summary}`);
  const elsewhere = [
    `  ${'sim'.padEnd(13)} Load simulation: a local cluster, workloads with faults, reports (redoubt sim --help).`,
    `  ${'console'.padEnd(13)} The admin gRPC console, one command per RPC (redoubt console --help).`,
  ];
  return `Usage: redoubt <command> [options]\n\nCommands:\n${[...lines, ...elsewhere].join('\n')}\n\nRun 'redoubt <command> --help' for a command's options.\n`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function runNode(mode: NodeConfig['mode'], command: string, argv: readonly string[]): Promise<number> {
  const config = parseNodeConfig(mode, argv);
  if (config === undefined) {
    process.stdout.write(helpText(command, COMMANDS[command as keyof typeof COMMANDS], mode));
    return 0;
  }
  const log = createRootLogger({ node: config.nodeId, region: config.region });
  const node = await (mode === 'standalone'
    ? startStandalone(config, log)
    : mode === 'gateway'
      ? startGatewayNode(config, log)
      : startClusterNode(config, log));
  log.info(
    {
      mode,
      httpPort: node.httpPort,
      grpcPort: node.grpcPort,
      caFile: node.caFile,
      dataDir: config.dataDir,
      nats: config.natsUrls.length > 0 ? config.natsUrls : undefined,
    },
    'node ready',
  );
  await untilSignalled(node, log);
  return 0;
}

function untilSignalled(node: RunningNode, log: Logger): Promise<void> {
  return new Promise((resolve) => {
    let signalled = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (signalled) {
        log.warn({ signal }, 'second signal: exiting without handoff');
        process.exit(130);
      }
      signalled = true;
      log.info({ signal }, 'shutting down');
      node.close().then(
        () => resolve(),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
          resolve();
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return runNode('standalone', 'start', rest);
    case 'node':
      return runNode('shard', 'node', rest);
    case 'registry':
      return runNode('registry', 'registry', rest);
    case 'gateway':
      return runNode('gateway', 'gateway', rest);
    case 'cert':
      return certCommand(rest);
    case 'superadmin':
      return superadminCommand(rest);
    case 'init':
      return initCommand(rest);
    case 'vault-status':
      return vaultStatusCommand(rest);
    case 'status':
      return statusCommand(rest);
    case 'unseal':
      return unsealCommand(rest);
    case 'seal':
      return sealCommand(rest);
    case 'keys':
      return keysCommand(rest);
    case 'backup':
      return backupCommand(rest);
    case 'restore':
      return restoreCommand(rest);
    case 'version':
    case '--version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'help':
    case '--help':
    case '-h':
    case undefined: {
      const topic = rest[0];
      if (topic === 'start') return runNode('standalone', topic, ['--help']);
      if (topic === 'node') return runNode('shard', topic, ['--help']);
      if (topic === 'registry') return runNode('registry', topic, ['--help']);
      if (topic === 'gateway') return runNode('gateway', topic, ['--help']);
      if (topic === 'cert') return certCommand(['--help']);
      if (topic === 'superadmin') return superadminCommand(['--help']);
      if (topic === 'init') return initCommand(['--help']);
      if (topic === 'vault-status') return vaultStatusCommand(['--help']);
      if (topic === 'status') return statusCommand(['--help']);
      if (topic === 'unseal') return unsealCommand(['--help']);
      if (topic === 'seal') return sealCommand(['--help']);
      if (topic === 'keys') return keysCommand(['--help']);
      if (topic === 'backup') return backupCommand(['--help']);
      if (topic === 'restore') return restoreCommand(['--help']);
      process.stdout.write(usage());
      return command === undefined ? 2 : 0;
    }
    default:
      process.stderr.write(`redoubt: unknown command "${command}"\n\n${usage()}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof RedoubtError ? `${error.message} (${error.code})` : String((error as Error)?.message ?? error);
    process.stderr.write(`redoubt: ${message}\n`);
    process.exit(error instanceof RedoubtError && error.code === 'INVALID_CONFIG' ? 2 : 1);
  },
);
