/**
 * Opens and unseals the vault of a node that holds the master key (standalone: in the data
 * directory; registry nodes: in a NATS KV bucket): from the key file, a passphrase or the TPM the
 * configuration names. The embedded default
 * makes the vault on first start with a key file outside the data directory, so `npm start` works
 * on a fresh machine and a stolen data directory alone reveals nothing.
 */
import { join } from 'node:path';
import type { Logger } from 'pino';
import { FileVaultStore, Vault } from '../registry/index.js';
import type { ProtectorSpec, UnsealInput, VaultStore } from '../registry/index.js';
import type { NodeConfig } from './config.js';
import { ConfigError } from './errors.js';
import { defaultKeyFile } from './default-key-file.js';

/** Where a node keeps its vault document. */
export function vaultStoreOf(dataDir: string): FileVaultStore {
  return new FileVaultStore(join(dataDir, 'vault.json'));
}

/**
 * The vault, unsealed.
 * @throws UnsealError, TpmError, VaultFileError as unsealing does; ConfigError when the variable
 *   named by --passphrase-env is empty
 */
export async function openVault(
  config: NodeConfig,
  log: Logger,
  env = process.env,
  store: VaultStore = vaultStoreOf(config.dataDir),
): Promise<Vault> {
  const exists = await Vault.exists(store);
  const initHint =
    config.mode === 'registry'
      ? `redoubt init --nats ${config.natsUrls.join(',')} ...`
      : `redoubt init --data ${config.dataDir} ...`;
  if (!exists && config.mode === 'registry') {
    throw new ConfigError(`the registry has no vault in NATS yet: make one first with \`${initHint}\``);
  }
  if (config.startSealed || (exists && onlyShares(await Vault.open(store)))) {
    if (!exists) throw new ConfigError(`--sealed needs a vault: make one first with \`${initHint}\``);
    const vault = await Vault.open(store);
    log.warn(
      { vault: vault.id },
      `the vault is sealed: nothing is served until \`redoubt unseal --data ${config.dataDir}\` unseals it`,
    );
    return vault;
  }
  const secret = unsealSecretOf(config, env);
  if (!exists && config.mode === 'standalone') {
    const { vault } = await Vault.init(store, [secret]);
    log.info({ vault: vault.id, dataDir: config.dataDir }, 'created the vault');
    warnOnDefaultKeyFile(config, log);
    return vault;
  }
  const vault = await Vault.open(store);
  await vault.unseal(secret);
  log.info({ vault: vault.id, with: secret.type }, 'vault unsealed');
  warnOnDefaultKeyFile(config, log);
  return vault;
}

/** A vault only Shamir shares open cannot unseal from configuration: key holders must come. */
function onlyShares(vault: Vault): boolean {
  return vault.status().protectors.every((protector) => protector.type === 'shamir');
}

/**
 * The secret the unseal options name (--key-file, --passphrase-env, --tpm): what unseals the
 * vault, and the protector `init` makes when the embedded default creates it.
 */
export function unsealSecretOf(
  config: Pick<NodeConfig, 'tpmTcti' | 'passphraseEnv' | 'keyFile'>,
  env: NodeJS.ProcessEnv,
): ProtectorSpec & UnsealInput {
  if (config.tpmTcti !== undefined) return { type: 'tpm', tcti: config.tpmTcti };
  if (config.passphraseEnv !== undefined) return { type: 'passphrase', passphrase: passphrase(config, env) };
  return { type: 'keyfile', path: config.keyFile ?? defaultKeyFile() };
}

function passphrase(config: Pick<NodeConfig, 'passphraseEnv'>, env: NodeJS.ProcessEnv): string {
  const value = env[config.passphraseEnv ?? ''] ?? '';
  if (value.length === 0) throw new ConfigError(`--passphrase-env ${config.passphraseEnv}: that variable is empty`);
  return value;
}

function warnOnDefaultKeyFile(config: NodeConfig, log: Logger): void {
  if (config.keyFile === defaultKeyFile()) {
    log.warn(
      { file: config.keyFile },
      'the vault unseals with the default key file: fine for trying Redoubt; in production use --passphrase-env, --tpm or Shamir shares (redoubt init)',
    );
  }
}
