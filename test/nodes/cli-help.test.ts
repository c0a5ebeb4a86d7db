/**
 * The help of `redoubt`: the same texts as ever, and answered without loading the runtime. What a
 * help command line loads is read from the module loader (a load hook), never from a timing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { traceCli } from '../helpers/module-trace.js';

const BIN = fileURLToPath(new URL('../../bin/redoubt.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

const USAGE = `Usage: redoubt <command> [options]

Commands:
  start         Run Redoubt in one process: the embedded default, with no external server.
  node          Run a shard node that joins its region's cluster over NATS (JetStream journal, KV shard map).
  gateway       Run a gateway node: the gRPC edge (TLS 1.3) of a region, with its --cert-dir certificate.
  registry      Run a registry node: unseals the vault kept in NATS and serves keys, the CA and signing keys.
  cert          Give a node its certificate from the internal CA: redoubt cert issue --data DIR --name N --out DIR.
  init          Create a node's vault: a new master key and its protectors (key file, passphrase, TPM, Shamir shares).
  vault-status  Show a node's vault: its protectors and master-key versions, no secret.
  status        Ask the running node whether its vault is sealed: redoubt status --data DIR.
  unseal        Unseal the running node's vault: Shamir shares on stdin, a passphrase, key file or TPM.
  seal          Seal the running node's vault: every key and entity state leave its memory.
  keys          Rotate, inspect or shred data keys on the running node: redoubt keys rotate --org ORG.
  move-org      Move an org's data to another region: copy, verify, switch its home, shred the old copy.
  backup        Write an encrypted, authenticated archive of orgs (--org, --all) or the registry (--registry).
  restore       Load a backup archive into a fresh data directory or cluster region; refuses altered archives.
  version       Print the version.
  help          Show this help, or a command's help: redoubt help <command>.
  sim           Load simulation: a local cluster, workloads with faults, reports (redoubt sim --help).
  console       The admin gRPC console, one command per RPC (redoubt console --help).

Run 'redoubt <command> --help' for a command's options.
`;

/** Each command, and what its help must name: its options (and actions). */
const COMMAND_HELP: Record<string, readonly string[]> = {
  start: ['--data <value>', '--key-file <value>', '--grpc-port <value>', '--scrypt-n <value>', '--sealed'],
  node: ['--nats <value>', '--cert-dir <value>', '--nats-tls', '--replicas <value>'],
  registry: ['--nats <value>', '--key-file <value>', '--tpm <value>'],
  gateway: ['--nats <value>', '--cert-dir <value>', '--grpc-port <value>', '--platform-region <value>'],
  'move-org': ['Usage: redoubt move-org', '--org <org>', '--to <region>', '--from <region>', '--quiet'],
  cert: [
    'Usage: redoubt cert issue',
    '--name <name>',
    '--dns <names>',
    '--ip <addresses>',
    '--role <role>',
    '--out <dir>',
  ],
  superadmin: [
    'Usage: redoubt superadmin create',
    '--email',
    '--password-stdin',
    '--password-file FILE',
    '--overwrite',
  ],
  init: ['--key-file <file>', '--passphrase-env <var>', '--tpm <tcti>', '--shares <n>', '--superadmin-email <email>'],
  'vault-status': ['Usage: redoubt vault-status --data DIR'],
  status: ['Usage: redoubt status [--data DIR]'],
  unseal: ['--share', '--key-file <file>', '--passphrase-env <var>', '--tpm <tcti>'],
  seal: ['Usage: redoubt seal [--data DIR]'],
  keys: ['rotate --org ORG', 'rotate --master', 'status --org ORG', 'shred --org ORG --yes'],
  backup: ['--org <orgs>', '--all', '--registry', '--out <file>', '--share', '--quiet'],
  restore: ['--in <file>', '--verify', '--replicas <n>', '--share'],
};

/** Packages and modules that only running a command needs: the runtime, NATS, LevelDB, gRPC, keys. */
const HEAVY = [
  /\/node_modules\/(@grpc|@nats-io|classic-level|abstract-level|nact|pino|jose|prom-client|@peculiar|@noble|grpc-health-check|shamir-secret-sharing)\//,
  /\/dist\/(actors|gateway|registry|domain|nodes|proto|console|sim)\/index\.js$/,
  /\/dist\/proto\/generated\//,
  /\/dist\/nodes\/(cli-node|cli-admin|cli-vault|cli-cert|cli-backup|config)\.js$/,
  /\/dist\/console\/console\.js$/,
];

function heavyIn(loaded: readonly string[]): string[] {
  return loaded.filter((url) => HEAVY.some((pattern) => pattern.test(url)));
}

t.test('redoubt --help, help and no command print the same command list as before', async (t) => {
  for (const args of [['--help'], ['-h'], ['help'], ['help', 'bogus']]) {
    const result = run(...args);
    t.equal(result.status, 0, `${args.join(' ')} exits 0`);
    t.equal(result.stdout, USAGE, `${args.join(' ')} prints the command list`);
  }
  const bare = run();
  t.equal(bare.status, 2, 'no command exits 2');
  t.equal(bare.stdout, USAGE);
});

t.test('redoubt help <command> prints <command> --help: usage and every option it takes', async (t) => {
  for (const [command, expected] of Object.entries(COMMAND_HELP)) {
    const viaHelp = run('help', command);
    const viaFlag = run(command, '--help');
    t.equal(viaHelp.status, 0, `help ${command} exits 0`);
    t.equal(viaFlag.status, 0, `${command} --help exits 0`);
    t.equal(viaHelp.stdout, viaFlag.stdout, `help ${command} and ${command} --help agree`);
    t.match(viaHelp.stdout, new RegExp(`^Usage: redoubt ${command}`), `${command}: usage first`);
    for (const text of expected) t.ok(viaHelp.stdout.includes(text), `${command} --help names ${text}`);
  }
  t.equal(run('cert').stdout, run('cert', '--help').stdout, 'cert alone is its help');
  t.equal(run('keys').stdout, run('keys', '--help').stdout, 'keys alone is its help');
  const refused = run('init', '--bogus', '--help');
  t.equal(refused.status, 2, 'a bad option is refused even beside --help');
  t.match(refused.stderr, /Unknown option '--bogus'; see redoubt init --help/);
  t.match(run('cert', 'revoke', '--help').stderr, /unknown cert action "revoke"; see redoubt cert --help/);
  t.match(run('start', '--bogus', '--help').stderr, /Unknown option '--bogus'; see --help/);
  const halfMove = run('move-org', '--org', 'acme');
  t.equal(halfMove.status, 2, 'move-org without --to is refused');
  t.match(halfMove.stderr, /move-org needs --org ORG and --to REGION/);
});

t.test('help command lines load neither the runtime, NATS, LevelDB, grpc-js nor protobufjs', async (t) => {
  const lines = [
    ['--help'],
    ['help', 'start'],
    ['help', 'backup'],
    ['start', '--help'],
    ['registry', '--help'],
    ['superadmin', '--help'],
    ['keys', '--help'],
    ['init', '--help'],
    ['sim', '--help'],
  ];
  for (const args of lines) {
    const traced = await traceCli(args);
    t.equal(traced.status, 0, `${args.join(' ')} exits 0`);
    t.match(traced.stdout, /Usage: redoubt/);
    t.same(heavyIn(traced.loaded), [], `${args.join(' ')} loads nothing heavy`);
    t.notOk(
      traced.loaded.some((url) => url.includes('/node_modules/protobufjs/')),
      `${args.join(' ')} does not load protobufjs`,
    );
  }
});

t.test('console help reads the .proto files with protobufjs, without grpc-js or the runtime', async (t) => {
  for (const args of [
    ['console', '--help'],
    ['org', '--help'],
    ['org', 'add-member', '--help'],
    ['console', 'org', 'list-members', '--help'],
    ['console', 'login', '--help'],
  ]) {
    const traced = await traceCli(args);
    t.equal(traced.status, 0, `${args.join(' ')} exits 0`);
    t.match(traced.stdout, /^Usage: redoubt console/);
    t.same(heavyIn(traced.loaded), [], `${args.join(' ')} loads nothing heavy`);
  }
  const overview = (await traceCli(['console', '--help'])).stdout;
  t.match(overview, /^ {2}org\n {4}create-org {15}\S/m, 'services and commands come from the .proto files');
  const addMember = (await traceCli(['org', 'add-member', '--help'])).stdout;
  t.match(addMember, /Permission: org\.members\.add \(org, at least admin\)/, 'with the access option');
  t.match(addMember, /--role {21}.*one of guest, member, admin/, 'and the field rules');
});

t.test('the trace sees what a command that runs loads: the runtime comes with it', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'redoubt-cli-help-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const traced = await traceCli(['status', '--data', dir]);
  t.equal(traced.status, 1, 'no node runs there');
  t.match(traced.stderr, /NODE_NOT_RUNNING|not running/);
  t.ok(
    traced.loaded.some((url) => url.endsWith('/dist/actors/index.js')),
    'the runtime is loaded once a command runs',
  );
  t.ok(heavyIn(traced.loaded).length > 0, 'and the trace names it');
});
