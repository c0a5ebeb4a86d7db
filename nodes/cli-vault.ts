/**
 * `redoubt init`: creates a node's vault (the master key and its protectors) and prints Shamir
 * shares once. `redoubt vault-status`: shows what a vault holds, without any secret.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { pino } from 'pino';
import { createSuperadmin, generatedPassword } from '../gateway/index.js';
import { KvVaultStore, Vault } from '../registry/index.js';
import type { ProtectorSpec } from '../registry/index.js';
import { dataDirOption } from './cli-args.js';
import type { CommandLine, OptionValues } from './cli-commands.js';
import { integer, parseNodeConfig } from './config.js';
import { startStandalone } from './node-standalone.js';
import { ConfigError } from './errors.js';
import { vaultStoreOf } from './vault-provider.js';

/**
 * `redoubt init`: makes a vault in the data directory or in NATS, prints its Shamir shares once,
 * and with --superadmin-email the first platform superadmin and its password.
 * @throws ConfigError for no protector, --data with --nats, or a superadmin that cannot be made now
 */
export async function initCommand({ values }: CommandLine, env = process.env): Promise<number> {
  const specs = protectorSpecs(values, env);
  const nats = values['nats'] as string | undefined;
  if (nats !== undefined && values['data'] !== undefined) throw new ConfigError('give --data or --nats, not both');
  const superadminEmail = values['superadmin-email'] as string | undefined;
  const unsealArgs = superadminEmail === undefined ? [] : superadminUnsealArgs(values, nats);
  const { vault, shares, where, close } =
    nats === undefined
      ? await initInFile(dataDirOption(values, env), specs)
      : await initInNats(nats, integer('replicas', (values['replicas'] as string | undefined) ?? '1', 1, 5), specs);
  const status = vault.status();
  vault.seal();
  await close();
  const lines = [`created vault ${status.id} in ${where}`, 'protectors:'];
  for (const protector of status.protectors) {
    const quorum = protector.type === 'shamir' ? ` (${protector.threshold} of ${protector.shares} shares)` : '';
    lines.push(`  ${protector.id}  ${protector.type}${quorum}`);
  }
  if (shares.length > 0) {
    lines.push(
      '',
      'Shamir shares: shown this once. Give one to each key holder; never store two together.',
      ...shares.map((share, index) => `  ${String(index + 1).padStart(3)}  ${share}`),
    );
  }
  if (superadminEmail !== undefined) {
    const password = generatedPassword();
    const created = await firstSuperadmin(dataDirOption(values, env), unsealArgs, superadminEmail, password, env);
    lines.push(
      '',
      `platform superadmin ${created} (${superadminEmail}); password, shown this once (change it after the first login):`,
      `  ${password}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** The node options that unseal the new vault for making the first superadmin. @throws ConfigError */
function superadminUnsealArgs(values: OptionValues, nats: string | undefined): string[] {
  if (nats !== undefined) {
    throw new ConfigError(
      '--superadmin-email goes with --data; in a cluster run `redoubt superadmin create` against a gateway node',
    );
  }
  const email = values['superadmin-email'] as string;
  if (!/^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/u.test(email)) {
    throw new ConfigError(`--superadmin-email: "${email}" is not an email address`);
  }
  for (const name of ['key-file', 'passphrase-env', 'tpm']) {
    const value = values[name];
    if (typeof value === 'string') return [`--${name}`, value];
  }
  throw new ConfigError(
    '--superadmin-email needs a key file, passphrase or TPM protector to unseal with now; with Shamir shares only, unseal the running node and run `redoubt superadmin create`',
  );
}

/** Starts the new node in this process without its gateway, makes the superadmin, stops it. */
async function firstSuperadmin(
  dataDir: string,
  unsealArgs: readonly string[],
  email: string,
  password: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const config = parseNodeConfig(
    'standalone',
    ['--data', dataDir, ...unsealArgs, '--no-gateway', '--http-port', '0', '--node-id', 'init'],
    env,
  )!;
  const node = await startStandalone(config, pino({ level: 'silent' }));
  try {
    const { accountId } = await createSuperadmin(
      node.client,
      { email, displayName: email.split('@')[0]!, password },
      { n: config.scryptN, r: 8, p: 1 },
      node.nameKey!(),
    );
    return accountId;
  } finally {
    await node.close();
  }
}

async function initInFile(dataDir: string, specs: ProtectorSpec[]) {
  const store = vaultStoreOf(dataDir);
  return { ...(await Vault.init(store, specs)), where: store.file, close: async () => undefined };
}

async function initInNats(urls: string, replicas: number, specs: ProtectorSpec[]) {
  const servers = urls.split(',').map((url) => url.trim());
  let nc;
  try {
    nc = await connect({ servers, timeout: 10_000 });
  } catch (error) {
    throw new ConfigError(`--nats ${urls}: cannot connect (${(error as Error).message}); is nats-server running?`);
  }
  try {
    const store = await KvVaultStore.open(nc, { replicas });
    return { ...(await Vault.init(store, specs)), where: `NATS (${urls})`, close: () => nc.drain() };
  } catch (error) {
    await nc.drain().catch(() => undefined);
    throw error;
  }
}

/** `redoubt vault-status`: prints a vault's id, protectors and master-key versions, no secret. */
export async function vaultStatusCommand({ values }: CommandLine, env = process.env): Promise<number> {
  const vault = await Vault.open(vaultStoreOf(dataDirOption(values, env)));
  // Sealed or not is a property of a running node, not of the file: leave it out.
  const { id, protectors, masterKeyVersions, currentMasterKey } = vault.status();
  process.stdout.write(`${JSON.stringify({ id, protectors, masterKeyVersions, currentMasterKey }, null, 2)}\n`);
  return 0;
}

function protectorSpecs(values: OptionValues, env: NodeJS.ProcessEnv): ProtectorSpec[] {
  const specs: ProtectorSpec[] = [];
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const keyFile = text('key-file');
  if (keyFile !== undefined) specs.push({ type: 'keyfile', path: resolve(keyFile.replace(/^~(?=\/)/, homedir())) });
  const passphraseEnv = text('passphrase-env');
  if (passphraseEnv !== undefined) {
    const passphrase = env[passphraseEnv] ?? '';
    if (passphrase.length === 0)
      throw new ConfigError(`--passphrase-env ${passphraseEnv}: that variable is empty or unset`);
    specs.push({ type: 'passphrase', passphrase });
  }
  const tpm = text('tpm');
  if (tpm !== undefined) specs.push({ type: 'tpm', tcti: tpm });
  const shares = text('shares');
  const threshold = text('threshold');
  if (threshold !== undefined && shares === undefined) throw new ConfigError('--threshold needs --shares');
  if (shares !== undefined) {
    const n = integer('shares', shares, 2, 255);
    const k = threshold === undefined ? Math.floor(n / 2) + 1 : integer('threshold', threshold, 2, n);
    specs.push({ type: 'shamir', shares: n, threshold: Math.max(k, 2) });
  }
  if (specs.length === 0) {
    throw new ConfigError(
      `init needs at least one protector: --key-file, --passphrase-env, --tpm or --shares (e.g. --key-file ${join(homedir(), '.config', 'redoubt', 'master.key')})`,
    );
  }
  return specs;
}
