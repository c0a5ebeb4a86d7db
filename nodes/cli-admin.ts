/**
 * Operator commands that talk to a running node through its admin socket: `status`, `unseal`,
 * `seal`, `keys` (rotate, status, shred) and `move-org`. Secrets come from stdin, a file or an environment
 * variable, never from the command line, where `ps` and shell history would keep them.
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { callAdmin } from './admin/admin-client.js';
import type { AdminRequest, UnsealSecret } from './admin/admin-protocol.js';
import { progressLine } from './cli-progress.js';
import { dataDirOption, readShareLines } from './cli-args.js';
import type { CommandLine } from './cli-commands.js';
import { ConfigError } from './errors.js';
import { PasswordFile } from './password-file.js';
import { generatedPassword } from '../gateway/index.js';

/** `redoubt status`: prints the running node's vault and entity counts as JSON. */
export async function statusCommand({ values }: CommandLine, env = process.env): Promise<number> {
  const result = await callAdmin(dataDirOption(values, env), { op: 'status' });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

/** `redoubt seal`: seals the running node's vault at once. */
export async function sealCommand({ values }: CommandLine, env = process.env): Promise<number> {
  await callAdmin(dataDirOption(values, env), { op: 'seal' });
  process.stdout.write('sealed: the node holds no key now\n');
  return 0;
}

/**
 * `redoubt unseal`: gives the running node one secret; says how many shares are still missing.
 * @throws ConfigError unless exactly one secret is named
 */
export async function unsealCommand(
  { values }: CommandLine,
  env = process.env,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
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

/**
 * `redoubt keys rotate|status|shred`: the running node's data keys, with progress on stderr.
 * @throws ConfigError for an unknown action or a missing --org, and for shred without --yes
 */
export async function keysCommand({ action, values }: CommandLine, env = process.env): Promise<number> {
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

/**
 * `redoubt move-org`: moves an org to another region through the running registry node, with
 * progress on stderr and the report on stdout.
 * @throws ConfigError without --org or --to
 */
export async function moveOrgCommand({ values }: CommandLine, env = process.env): Promise<number> {
  const org = values['org'] as string | undefined;
  const to = values['to'] as string | undefined;
  if (org === undefined || to === undefined) throw new ConfigError('move-org needs --org ORG and --to REGION');
  const from = values['from'] as string | undefined;
  const progress = progressLine();
  const result = await callAdmin(
    dataDirOption(values, env),
    { op: 'org-move', org, to, ...(from === undefined ? {} : { from }) },
    (update) => {
      if (values['quiet'] === true) return;
      const { phase, done, total } = update as { phase: string; done: number; total: number };
      progress.update(`${phase}: ${done}/${total}${phase === 'switch' ? '' : ' entities'}`);
    },
  );
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

/**
 * `redoubt superadmin create`: makes a platform superadmin through the running node. Its password
 * is read from stdin, or generated and written to a new 0600 file, or generated and printed once.
 * @throws ConfigError for a missing --email, a short password, --password-stdin with
 *   --password-file, or a password file that exists (without --overwrite)
 */
export async function superadminCommand(
  { values }: CommandLine,
  env = process.env,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const email = values['email'] as string | undefined;
  if (email === undefined) throw new ConfigError('superadmin create needs --email EMAIL');
  const fromStdin = values['password-stdin'] === true;
  const fileName = values['password-file'] as string | undefined;
  if (fromStdin && fileName !== undefined) throw new ConfigError('give --password-stdin or --password-file, not both');
  if (values['overwrite'] === true && fileName === undefined)
    throw new ConfigError('--overwrite goes with --password-file');
  const password = fromStdin ? await readFirstLine(stdin) : generatedPassword();
  if (fromStdin && [...password].length < 12)
    throw new ConfigError('--password-stdin: the password needs 12 characters or more');
  // The file is made before the account, so that a password nobody could read is never set.
  const file =
    fileName === undefined
      ? undefined
      : await PasswordFile.create(resolve(fileName), password, { overwrite: values['overwrite'] === true });
  let result: { accountId: string; created: boolean };
  try {
    result = (await callAdmin(dataDirOption(values, env), {
      op: 'create-superadmin',
      email,
      displayName: (values['name'] as string | undefined) ?? email.split('@')[0]!,
      password,
    })) as { accountId: string; created: boolean };
  } catch (error) {
    await file?.discard();
    throw error;
  }
  if (!result.created) {
    // The account keeps its password: a file holding another one would only mislead.
    await file?.discard();
    process.stdout.write(`promoted ${result.accountId} (${email}) to platform superadmin; its password is unchanged\n`);
  } else if (fromStdin) {
    process.stdout.write(`created platform superadmin ${result.accountId} (${email})\n`);
  } else if (file !== undefined) {
    await file.keep();
    process.stdout.write(
      `created platform superadmin ${result.accountId} (${email})\npassword written to ${file.path} (mode 0600; change it after the first login): redoubt console login --email ${email} --password-file ${file.path}\n`,
    );
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
