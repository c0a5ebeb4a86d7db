/**
 * Operator commands that talk to a running node through its admin socket: `status`, `unseal`,
 * `seal` and `keys` (rotate, status, shred). Secrets come from stdin, a file or an environment
 * variable, never from the command line, where `ps` and shell history would keep them.
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { callAdmin } from './admin/admin-client.js';
import type { AdminRequest, UnsealSecret } from './admin/admin-protocol.js';
import { progressLine } from './cli-progress.js';
import { dataDirOption, parseCommandArgs, printHelp, readShareLines } from './cli-args.js';
import { ConfigError } from './errors.js';
import { generatedPassword } from '../gateway/index.js';

export const STATUS_HELP = `Usage: redoubt status [--data DIR]

Asks the running node on DIR whether its vault is sealed, and how many entities it holds.
`;

export const UNSEAL_HELP = `Usage: redoubt unseal [--data DIR] <one secret>

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

export const SEAL_HELP = `Usage: redoubt seal [--data DIR]

Seals the running node's vault at once: every key and every entity's state leave its memory,
and it answers VAULT_SEALED until \`redoubt unseal\`.
`;

export const KEYS_HELP = `Usage: redoubt keys <rotate|status|shred> [--data DIR] (--org ORG | --master)

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

export const SUPERADMIN_HELP = `Usage: redoubt superadmin create --data DIR --email EMAIL [--name NAME] [--password-stdin]

Makes a platform superadmin through the running node's admin socket: a new account with a
verified email, or the existing account of EMAIL promoted. Superadmins create orgs; they get no
rights inside an org they are not a member of. With --password-stdin the password (12 characters
or more) is read from the first line of stdin; otherwise a strong one is generated and printed
here, once.
`;

const DATA = { data: { type: 'string' }, help: { type: 'boolean' } } as const;

export async function statusCommand(argv: readonly string[], env = process.env): Promise<number> {
  const values = parseCommandArgs(argv, DATA, 'status');
  if (values['help'] === true) return printHelp(STATUS_HELP);
  const result = await callAdmin(dataDirOption(values, env), { op: 'status' });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

export async function sealCommand(argv: readonly string[], env = process.env): Promise<number> {
  const values = parseCommandArgs(argv, DATA, 'seal');
  if (values['help'] === true) return printHelp(SEAL_HELP);
  await callAdmin(dataDirOption(values, env), { op: 'seal' });
  process.stdout.write('sealed: the node holds no key now\n');
  return 0;
}

export async function unsealCommand(
  argv: readonly string[],
  env = process.env,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const values = parseCommandArgs(
    argv,
    {
      ...DATA,
      share: { type: 'boolean' },
      'key-file': { type: 'string' },
      'passphrase-env': { type: 'string' },
      tpm: { type: 'string' },
    },
    'unseal',
  );
  if (values['help'] === true) return printHelp(UNSEAL_HELP);
  const secret = await secretOf(values, env, stdin);
  const status = (await callAdmin(dataDirOption(values, env), { op: 'unseal', secret })) as {
    vault: { sealed: boolean; sharesGiven: number; protectors: { type: string; threshold?: number }[] };
  };
  const { vault } = status;
  if (!vault.sealed) {
    process.stdout.write('unsealed\n');
    return 0;
  }
  const threshold = vault.protectors.find((protector) => protector.type === 'shamir')?.threshold ?? 0;
  process.stdout.write(
    `still sealed: ${vault.sharesGiven} of ${threshold} shares given; the next key holder runs \`redoubt unseal --share\`\n`,
  );
  return 0;
}

export async function keysCommand(argv: readonly string[], env = process.env): Promise<number> {
  const [action, ...rest] = argv;
  const values = parseCommandArgs(
    rest,
    {
      ...DATA,
      org: { type: 'string' },
      region: { type: 'string' },
      master: { type: 'boolean' },
      yes: { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
    'keys',
  );
  if (action === undefined || action === '--help' || values['help'] === true) return printHelp(KEYS_HELP);
  const dataDir = dataDirOption(values, env);
  const org = values['org'] as string | undefined;
  let request: AdminRequest;
  if (action === 'rotate' && values['master'] === true) {
    if (org !== undefined) throw new ConfigError('give --org or --master, not both');
    request = { op: 'keys-rotate-master' };
  } else if (action === 'rotate' || action === 'status' || action === 'shred') {
    if (org === undefined) throw new ConfigError(`keys ${action} needs --org ORG`);
    if (action === 'shred' && values['yes'] !== true) {
      throw new ConfigError(`keys shred destroys every key of ${org} for good: add --yes to confirm`);
    }
    const region = values['region'] as string | undefined;
    if (action === 'shred') {
      if (region !== undefined) throw new ConfigError('keys shred takes no --region: it destroys the keys everywhere');
      request = { op: 'keys-shred', org };
    } else {
      request = { op: `keys-${action}`, org, ...(region === undefined ? {} : { region }) };
    }
  } else {
    throw new ConfigError(`unknown keys action "${action}"; see redoubt keys --help`);
  }
  const progress = progressLine();
  const result = await callAdmin(dataDir, request, (update) => {
    if (values['quiet'] === true) return;
    const { phase, done, total } = update as { phase: string; done: number; total: number };
    progress.update(total > 0 ? `${phase}: ${done}/${total} entities` : phase);
  });
  progress.done();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

async function secretOf(
  values: Record<string, string | boolean | undefined>,
  env: NodeJS.ProcessEnv,
  stdin: NodeJS.ReadableStream,
): Promise<UnsealSecret> {
  const given = ['share', 'key-file', 'passphrase-env', 'tpm'].filter((name) => values[name] !== undefined);
  if (given.length !== 1) {
    throw new ConfigError(
      'give exactly one of --share, --key-file, --passphrase-env and --tpm; see redoubt unseal --help',
    );
  }
  const text = (name: string) => values[name] as string;
  switch (given[0]) {
    case 'key-file':
      return { type: 'keyfile', path: resolve(text('key-file').replace(/^~(?=\/)/, homedir())) };
    case 'passphrase-env': {
      const passphrase = env[text('passphrase-env')] ?? '';
      if (passphrase.length === 0)
        throw new ConfigError(`--passphrase-env ${text('passphrase-env')}: that variable is empty or unset`);
      return { type: 'passphrase', passphrase };
    }
    case 'tpm':
      return { type: 'tpm', tcti: text('tpm') };
    default:
      return { type: 'shamir', shares: await readShareLines(stdin) };
  }
}

export async function superadminCommand(
  argv: readonly string[],
  env = process.env,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const [action, ...rest] = argv;
  if (action === undefined || action === '--help' || action === 'help') return printHelp(SUPERADMIN_HELP);
  if (action !== 'create')
    throw new ConfigError(`unknown superadmin action "${action}"; see redoubt superadmin --help`);
  const values = parseCommandArgs(
    rest,
    { ...DATA, email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    'superadmin',
  );
  if (values['help'] === true) return printHelp(SUPERADMIN_HELP);
  const email = values['email'] as string | undefined;
  if (email === undefined) throw new ConfigError('superadmin create needs --email EMAIL');
  const fromStdin = values['password-stdin'] === true;
  const password = fromStdin ? await readFirstLine(stdin) : generatedPassword();
  if (fromStdin && [...password].length < 12)
    throw new ConfigError('--password-stdin: the password needs 12 characters or more');
  const result = (await callAdmin(dataDirOption(values, env), {
    op: 'create-superadmin',
    email,
    displayName: (values['name'] as string | undefined) ?? email.split('@')[0]!,
    password,
  })) as { accountId: string; created: boolean };
  if (!result.created) {
    process.stdout.write(`promoted ${result.accountId} (${email}) to platform superadmin; its password is unchanged\n`);
  } else if (fromStdin) {
    process.stdout.write(`created platform superadmin ${result.accountId} (${email})\n`);
  } else {
    process.stdout.write(
      `created platform superadmin ${result.accountId} (${email})\npassword (shown this once; change it after the first login): ${password}\n`,
    );
  }
  return 0;
}

async function readFirstLine(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return (Buffer.concat(chunks).toString('utf8').split('\n')[0] ?? '').replace(/\r$/, '');
}
