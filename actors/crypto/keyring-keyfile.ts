/**
 * A keyring whose single data key (version 1) is read from a key file (see {@link loadKeyFile}).
 */
import { loadKeyFile } from './key-file.js';
import type { KeyFileOptions } from './key-file.js';
import { StaticKeyring } from './keyring-static.js';

/** Options of {@link loadKeyFileKeyring}. */
export type KeyFileKeyringOptions = KeyFileOptions;

/**
 * Loads (or with `create`, creates) the key file and returns a keyring holding its key as version 1.
 * @throws KeyringUnlockError (`KEYRING_UNLOCK_FAILED`) as {@link loadKeyFile} does
 */
export async function loadKeyFileKeyring(file: string, options: KeyFileKeyringOptions = {}): Promise<StaticKeyring> {
  const key = await loadKeyFile(file, options);
  try {
    return new StaticKeyring([{ version: 1, bytes: key }]);
  } finally {
    key.fill(0);
  }
}
