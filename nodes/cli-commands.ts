/**
 * What each operator command accepts and says: its summary, options and help text, and the parse
 * that tells a request for help from a command line to run. Nothing here imports what runs the
 * commands (the runtime, NATS, LevelDB, grpc-js): `redoubt --help`, `redoubt help <command>` and
 * `redoubt <command> --help` load this file and no more; cli.ts imports a command's module only
 * when that command runs.
 */
import { parseCommandArgs } from './cli-args.js';
import { ConfigError } from './errors.js';

/** Option values as parseArgs gives them, by option name. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** A command line to run: the action its first word names (`cert issue`, `keys rotate`), and its options. */
export interface CommandLine {
  /** `undefined` for commands that take no action word. */
  readonly action: string | undefined;
  readonly values: OptionValues;
}

/** What a command line asks for: a help text to print, or a command to run. */
export type ParsedCommandLine =
  { readonly type: 'help'; readonly text: string } | { readonly type: 'run'; readonly line: CommandLine };

type OptionTable = Record<string, { type: 'string' | 'boolean' }>;

/** Every command of `redoubt`, with the line `redoubt --help` shows for it. */
export const COMMANDS = {
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
  'move-org': "Move an org's data to another region: copy, verify, switch its home, shred the old copy.",
  backup: 'Write an encrypted, authenticated archive of orgs (--org, --all) or the registry (--registry).',
  restore: 'Load a backup archive into a fresh data directory or cluster region; refuses altered archives.',
  version: 'Print the version.',
  help: "Show this help, or a command's help: redoubt help <command>.",
} as const;

/** `redoubt --help`: every command with its summary. */
export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, summary]) => `  ${name.padEnd(13)} ${summary}`);
  const elsewhere = [
    `  ${'sim'.padEnd(13)} Load simulation: a local cluster, workloads with faults, reports (redoubt sim --help).`,
    `  ${'console'.padEnd(13)} The admin gRPC console, one command per RPC (redoubt console --help).`,
  ];
  return `Usage: redoubt <command> [options]\n\nCommands:\n${[...lines, ...elsewhere].join('\n')}\n\nRun 'redoubt <command> --help' for a command's options.\n`;
}

const CERT_HELP = `Usage: redoubt cert issue --data DIR --name NAME [--dns NAMES] [--ip ADDRESSES] --out DIR

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

const INIT_HELP = `Usage: redoubt init (--data DIR | --nats URL) [protectors]

Creates a vault: a new master key, protected by every protector given (any one of them unseals
it). With --data, a standalone node's (in DIR/vault.json); with --nats, the cluster registry's
(in a JetStream KV bucket, shared by every registry node). Refuses to replace an existing vault.
Shamir shares are printed once, here, and stored nowhere: hand one to each key holder.

Protectors (at least one):
  --key-file <file>          a key file (created mode 0600 if missing; keep it off the data disk)
  --passphrase-env <var>     a passphrase read from this environment variable (scrypt, 128 MiB)
  --tpm <tcti>               the TPM 2.0 reached through this TCTI, e.g. device:/dev/tpmrm0
  --shares <n>               n Shamir shares (2 to 255)...
  --threshold <k>            ...any k of which unseal (2 to n; default: a majority)

Options:
  --data <dir>               data directory (default: $REDOUBT_DATA or ./redoubt-data)
  --superadmin-email <email> also make the first platform superadmin (with --data and a key file,
                             passphrase or TPM protector); its password is printed once
  --nats <urls>              make the registry's vault in this NATS cluster instead
  --replicas <n>             replicas of the vault's KV bucket with --nats (default: 1)
  --help                     show this help
`;

const VAULT_STATUS_HELP = `Usage: redoubt vault-status --data DIR

Shows a node's vault: its id, protectors and master-key versions. Prints no secret.
`;

const STATUS_HELP = `Usage: redoubt status [--data DIR]

Asks the running node on DIR whether its vault is sealed, and how many entities it holds.
`;

const UNSEAL_HELP = `Usage: redoubt unseal [--data DIR] <one secret>

Unseals the vault of the running node on DIR (started with --sealed, sealed with
\`redoubt seal\`, or protected by Shamir shares only). Shares can come one key holder at a
time: the node keeps the ones given until the threshold is reached.

Secrets (one):
  --share                    read Shamir share lines from stdin (one or more)
  --key-file <file>          a key file protector
  --passphrase-env <var>     a passphrase read from this environment variable
  --tpm <tcti>               the TPM 2.0 reached through this TCTI

Options:
  --data <dir>               data directory of the node (default: $REDOUBT_DATA or ./redoubt-data)
`;

const SEAL_HELP = `Usage: redoubt seal [--data DIR]

Seals the running node's vault at once: every key and every entity's state leave its memory,
and it answers VAULT_SEALED until \`redoubt unseal\`.
`;

const KEYS_HELP = `Usage: redoubt keys <rotate|status|shred> [--data DIR] (--org ORG | --master)

DIR is the data directory of the running standalone or registry node.

  rotate --org ORG [--region R]
                       new data key for ORG; every node drops its cached keys at once, its
                       entities are re-sealed under the new key, and the older versions are
                       retired once no stored blob needs them (progress on stderr). On a
                       registry node the entities are in ORG's home region, or in R
  rotate --master      new master key; re-seals the registry's own data, retires the old one
  status --org ORG [--region R]
                       ORG's key versions and how many stored blobs each one seals
  shred --org ORG --yes
                       destroys ORG's data keys: all its data, everywhere and in every
                       backup, becomes unreadable. There is no undo.
`;

const MOVE_ORG_HELP = `Usage: redoubt move-org --org ORG --to REGION [--data DIR] [--from REGION] [--quiet]

Moves ORG's data from its home region to REGION through the running registry node on DIR
(progress on stderr, the report as JSON on stdout). Each entity of the org is closed in the
old region (a marker in its journal refuses any later write there), copied to REGION and read
back equal; then the registry's directory moves the org's home by compare-and-set and every
gateway is told; then the old copy is erased. Calls to the org wait and retry while it moves.
Run it again after a failure: it resumes where it stopped, and checks what it copied before.

Options:
  --org <org>                the org to move (required)
  --to <region>              the region to move it to; its shard nodes must be running (required)
  --from <region>            the region it is moving from (default: its home region); give it to
                             finish shredding after a move that stopped once the home had switched
  --data <dir>               data directory of the running registry node
                             (default: $REDOUBT_DATA or ./redoubt-data)
  --quiet                    no progress line on stderr
`;

const SUPERADMIN_HELP = `Usage: redoubt superadmin create --data DIR --email EMAIL [--name NAME]
                                 [--password-stdin | --password-file FILE [--overwrite]]

Makes a platform superadmin through the running node's admin socket: a new account with a
verified email, or the existing account of EMAIL promoted. Superadmins create orgs; they get no
rights inside an org they are not a member of. With --password-stdin the password (12 characters
or more) is read from the first line of stdin; otherwise a strong one is generated and written to
--password-file FILE (created mode 0600, for \`redoubt console login --password-file FILE\`;
an existing file is refused unless --overwrite), or else printed here, once.
`;

const BACKUP_SOURCE_HELP = `  --data <dir>               a standalone node's data directory; the node must be stopped
                             (default: $REDOUBT_DATA or ./redoubt-data)
  --nats <urls>              a cluster instead: NATS URLs, comma separated (default: $REDOUBT_NATS)
  --region <region>          the cluster region of the orgs (default: $REDOUBT_REGION or local); the
                             registry's vault and entities are read from the registry's own KV
                             bucket and group`;

const BACKUP_UNSEAL_HELP = `Unseal (the archive key derives from the vault's master key):
  --key-file <file>          a key file protector (default: $REDOUBT_KEY_FILE or ~/.config/redoubt/master.key)
  --passphrase-env <var>     a passphrase read from this environment variable
  --tpm <tcti>               the TPM 2.0 reached through this TCTI, e.g. device:/dev/tpmrm0
  --share                    Shamir share lines on stdin, as many as the threshold`;

const BACKUP_HELP = `Usage: redoubt backup (--org ORG[,ORG...] | --all | --registry) --out FILE [options]

Writes an encrypted, authenticated archive: every chunk sealed (XChaCha20-Poly1305) under a key
derived from the vault's master key, ending with a manifest. Org data goes in as the sealed
records it already is: no data key is ever written, so an org shredded later cannot be restored
from it. Records come from one point-in-time view of the journal.

What:
  --org <orgs>               these orgs' entities (and their modules'), comma separated
  --all                      every org's and the platform's entities (not the registry)
  --registry                 the registry: keysets (org data keys, sealed under the master key)
                             and the vault document. Restore it first when rebuilding a node.
                             It brings back the keys of orgs shredded after it was made: keep it
                             short-lived and offline, and remake it after every shred.

Source:
${BACKUP_SOURCE_HELP}

${BACKUP_UNSEAL_HELP}

Options:
  --out <file>               the archive to write (mode 0600); never overwritten
  --quiet                    no progress line on stderr
`;

const RESTORE_HELP = `Usage: redoubt restore --in FILE [options]

Loads an archive into a fresh standalone data directory or cluster region. The whole archive is
authenticated first: any changed byte, missing or reordered chunk, or cut-off file is refused and
nothing is written. Entities that already have records in the target are refused too. Orgs whose
keys the target's registry does not hold (shredded, or no keyset) restore nothing: restore the
registry archive first when rebuilding a node; it also brings the vault document along.

Target:
  --data <dir>               a standalone data directory (created if missing); no node may run on it
                             (default: $REDOUBT_DATA or ./redoubt-data)
  --nats <urls>              a cluster instead: NATS URLs, comma separated (default: $REDOUBT_NATS)
  --region <region>          the cluster region of the orgs (default: $REDOUBT_REGION or local)
  --replicas <n>             with --nats: replicas of a journal stream or bucket made now (default: 1)

${BACKUP_UNSEAL_HELP}

Options:
  --in <file>                the archive
  --verify                   only authenticate the archive and check the target; write nothing
  --quiet                    no progress line on stderr
`;

const DATA = { data: { type: 'string' }, help: { type: 'boolean' } } as const;

/** What backup and restore share: where the records are, how to unseal, how to report. */
const ARCHIVE = {
  data: { type: 'string' },
  nats: { type: 'string' },
  region: { type: 'string' },
  'key-file': { type: 'string' },
  'passphrase-env': { type: 'string' },
  tpm: { type: 'string' },
  share: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** The operator commands (the node roles are node-options.ts's), each with the parse of its command line. */
const OPERATOR_COMMANDS = {
  cert: actionFirst('cert', 'issue', CERT_HELP, {
    data: { type: 'string' },
    name: { type: 'string' },
    dns: { type: 'string' },
    ip: { type: 'string' },
    role: { type: 'string' },
    'lifetime-hours': { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  }),
  superadmin: actionFirst('superadmin', 'create', SUPERADMIN_HELP, {
    ...DATA,
    email: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    'password-file': { type: 'string' },
    overwrite: { type: 'boolean' },
  }),
  init: flagsOnly('init', INIT_HELP, {
    data: { type: 'string' },
    nats: { type: 'string' },
    replicas: { type: 'string' },
    'key-file': { type: 'string' },
    'passphrase-env': { type: 'string' },
    tpm: { type: 'string' },
    shares: { type: 'string' },
    threshold: { type: 'string' },
    'superadmin-email': { type: 'string' },
    help: { type: 'boolean' },
  }),
  'vault-status': flagsOnly('vault-status', VAULT_STATUS_HELP, DATA),
  status: flagsOnly('status', STATUS_HELP, DATA),
  unseal: flagsOnly('unseal', UNSEAL_HELP, {
    ...DATA,
    share: { type: 'boolean' },
    'key-file': { type: 'string' },
    'passphrase-env': { type: 'string' },
    tpm: { type: 'string' },
  }),
  seal: flagsOnly('seal', SEAL_HELP, DATA),
  keys: actionAfterFlags('keys', KEYS_HELP, {
    ...DATA,
    org: { type: 'string' },
    region: { type: 'string' },
    master: { type: 'boolean' },
    yes: { type: 'boolean' },
    quiet: { type: 'boolean' },
  }),
  'move-org': flagsOnly('move-org', MOVE_ORG_HELP, {
    ...DATA,
    org: { type: 'string' },
    to: { type: 'string' },
    from: { type: 'string' },
    quiet: { type: 'boolean' },
  }),
  backup: flagsOnly('backup', BACKUP_HELP, {
    ...ARCHIVE,
    org: { type: 'string' },
    all: { type: 'boolean' },
    registry: { type: 'boolean' },
    out: { type: 'string' },
  }),
  restore: flagsOnly('restore', RESTORE_HELP, {
    ...ARCHIVE,
    in: { type: 'string' },
    verify: { type: 'boolean' },
    replicas: { type: 'string' },
  }),
} as const satisfies Record<string, (argv: readonly string[]) => ParsedCommandLine>;

/** The name of an operator command: one that runs once and exits, unlike the node roles. */
export type OperatorCommand = keyof typeof OPERATOR_COMMANDS;

/** Whether `name` is an operator command. */
export function isOperatorCommand(name: string): name is OperatorCommand {
  return Object.hasOwn(OPERATOR_COMMANDS, name);
}

/**
 * Reads an operator command's argv (what follows its name).
 * @throws ConfigError for an unknown option, a missing value or an unknown action, pointing at --help
 */
export function parseOperatorCommand(name: OperatorCommand, argv: readonly string[]): ParsedCommandLine {
  return OPERATOR_COMMANDS[name](argv);
}

/** A command of flags only (`redoubt init --data DIR …`): help with --help. */
function flagsOnly(command: string, help: string, options: OptionTable) {
  return (argv: readonly string[]): ParsedCommandLine => {
    const values = parseCommandArgs(argv, options, command);
    return values['help'] === true
      ? { type: 'help', text: help }
      : { type: 'run', line: { action: undefined, values } };
  };
}

/**
 * A command whose first word is its one action (`redoubt cert issue …`): help with no action,
 * `help`, `--help` first or --help after the action; another action is refused before its flags are read.
 */
function actionFirst(command: string, expected: string, help: string, options: OptionTable) {
  return (argv: readonly string[]): ParsedCommandLine => {
    const [action, ...rest] = argv;
    if (action === undefined || action === '--help' || action === 'help') return { type: 'help', text: help };
    if (action !== expected) {
      throw new ConfigError(`unknown ${command} action "${action}"; see redoubt ${command} --help`);
    }
    const values = parseCommandArgs(rest, options, command);
    return values['help'] === true ? { type: 'help', text: help } : { type: 'run', line: { action, values } };
  };
}

/**
 * A command whose first word picks one of several actions (`redoubt keys rotate …`): its flags are
 * read first; help with no action, `--help` first or --help after it; the command checks the action.
 */
function actionAfterFlags(command: string, help: string, options: OptionTable) {
  return (argv: readonly string[]): ParsedCommandLine => {
    const [action, ...rest] = argv;
    const values = parseCommandArgs(rest, options, command);
    return action === undefined || action === '--help' || values['help'] === true
      ? { type: 'help', text: help }
      : { type: 'run', line: { action, values } };
  };
}
