/**
 * Opens the keyring a node seals its data with: a passphrase (memory-hard KDF) or a key file. The
 * embedded default creates a key file outside the data directory on first start, so `npm start`
 * works on a fresh machine and a stolen data directory alone still reveals nothing.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { loadKeyFileKeyring, unlockPassphraseKeyring } from '../actors/index.js';
import type { Keyring } from '../actors/index.js';
import type { NodeConfig } from './config.js';
import { ConfigError } from './errors.js';

/** The key file the embedded default creates when none is configured. */
export function defaultKeyFile(): string {
  return join(homedir(), '.config', 'redoubt', 'master.key');
}

export async function openKeyring(config: NodeConfig, log: Logger, env = process.env): Promise<Keyring> {
  if (config.passphraseEnv !== undefined) {
    const passphrase = env[config.passphraseEnv] ?? '';
    const file = join(config.dataDir, 'keyring.json');
    const keyring = await unlockPassphraseKeyring(file, passphrase, { create: true });
    log.info({ file }, 'keyring unlocked with a passphrase');
    return keyring;
  }
  if (config.tpmTcti !== undefined) {
    // Cluster nodes get their keys from registry nodes (coming); until then a region key file.
    throw new ConfigError('--tpm unseals a standalone node; a cluster node takes --key-file or --passphrase-env');
  }
  const file = config.keyFile ?? defaultKeyFile();
  // Only the standalone default may make a key: a cluster node with a fresh key could read nothing.
  const create = config.mode === 'standalone';
  const keyring = await loadKeyFileKeyring(file, { create });
  if (create && file === defaultKeyFile()) {
    log.warn(
      { file },
      'using the default key file: fine for trying Redoubt; in production unlock with --passphrase-env (TPM and Shamir unsealing come with the registry)',
    );
  }
  return keyring;
}
