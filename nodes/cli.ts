/**
 * The `redoubt` command. `start` runs everything in one process (the embedded default); `node`
 * runs a shard node that joins its region's cluster over NATS, `registry` a registry node,
 * `gateway` a region's gRPC edge; the other commands run once and exit.
 *
 * Help and command-line parsing come from cli-commands.ts and node-options.ts, which import
 * nothing heavy; the module that runs a command (and with it the runtime, NATS, LevelDB,
 * grpc-js, ...) is imported only once that command is going to run, so `redoubt --help` and
 * `redoubt <command> --help` answer at once.
 */
import { readFileSync } from 'node:fs';
// The error module itself, not actors/index.js, which brings the whole runtime along.
import { RedoubtError } from '../actors/errors.js';
import { COMMANDS, isOperatorCommand, parseOperatorCommand, usage } from './cli-commands.js';
import type { CommandLine, OperatorCommand } from './cli-commands.js';
import { helpText, parseNodeArgs } from './node-options.js';
import type { NodeMode } from './node-options.js';

/** The node roles, by the command that runs each. */
const NODE_ROLES = { start: 'standalone', node: 'shard', registry: 'registry', gateway: 'gateway' } as const;

/** Each operator command's module, imported when the command runs. */
const RUNNERS: Record<OperatorCommand, (line: CommandLine) => Promise<number>> = {
  cert: async (line) => (await import('./cli-cert.js')).certCommand(line),
  superadmin: async (line) => (await import('./cli-admin.js')).superadminCommand(line),
  init: async (line) => (await import('./cli-vault.js')).initCommand(line),
  'vault-status': async (line) => (await import('./cli-vault.js')).vaultStatusCommand(line),
  status: async (line) => (await import('./cli-admin.js')).statusCommand(line),
  unseal: async (line) => (await import('./cli-admin.js')).unsealCommand(line),
  seal: async (line) => (await import('./cli-admin.js')).sealCommand(line),
  keys: async (line) => (await import('./cli-admin.js')).keysCommand(line),
  'move-org': async (line) => (await import('./cli-admin.js')).moveOrgCommand(line),
  backup: async (line) => (await import('./cli-backup.js')).backupCommand(line),
  restore: async (line) => (await import('./cli-backup.js')).restoreCommand(line),
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function isNodeCommand(name: string): name is keyof typeof NODE_ROLES {
  return Object.hasOwn(NODE_ROLES, name);
}

async function runNode(command: keyof typeof NODE_ROLES, argv: readonly string[]): Promise<number> {
  const mode: NodeMode = NODE_ROLES[command];
  if (parseNodeArgs(mode, argv)['help'] === true) {
    process.stdout.write(helpText(command, COMMANDS[command], mode));
    return 0;
  }
  return (await import('./cli-node.js')).runNode(mode, argv);
}

async function runOperator(command: OperatorCommand, argv: readonly string[]): Promise<number> {
  const parsed = parseOperatorCommand(command, argv);
  if (parsed.type === 'help') {
    process.stdout.write(parsed.text);
    return 0;
  }
  return RUNNERS[command](parsed.line);
}

/**
 * Runs one command line of `redoubt` (without the program's name).
 * @returns the exit code: 0 done, 2 a bad command line (also thrown as ConfigError), others per command
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== undefined && isNodeCommand(command)) return runNode(command, rest);
  if (command !== undefined && isOperatorCommand(command)) return runOperator(command, rest);
  switch (command) {
    case 'version':
    case '--version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'help':
    case '--help':
    case '-h':
    case undefined: {
      const topic = rest[0];
      if (topic !== undefined && isNodeCommand(topic)) return runNode(topic, ['--help']);
      if (topic !== undefined && isOperatorCommand(topic)) return runOperator(topic, ['--help']);
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
