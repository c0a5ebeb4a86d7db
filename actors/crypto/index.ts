/**
 * Encryption at rest: XChaCha20-Poly1305 sealing bound to its context, and the keyrings that
 * supply data keys (static, passphrase-derived, key file).
 */
export { nameScopeOf, PLATFORM_SCOPE } from './keyring.js';
export { StaticKeyring } from './keyring-static.js';
export { loadKeyFileKeyring } from './keyring-keyfile.js';
export { loadKeyFile } from './key-file.js';
export { replaceFile, writeNewFile } from './internal/new-file.js';
export { errorCode, errorMessage } from './internal/node-errors.js';
export { DEFAULT_SCRYPT, derivePassphraseKey, resolveScryptParams, scryptParamsProblem } from './passphrase-kdf.js';
export { SEAL_FORMAT_VERSION, Sealer, sealedKeyVersion } from './sealer.js';
export { XCHACHA_KEY_LENGTH, XCHACHA_NONCE_LENGTH, XCHACHA_TAG_LENGTH, xchachaOpen, xchachaSeal } from './xchacha.js';

export type { DataKey, KeyScope, Keyring } from './keyring.js';
export type { ScryptParams } from './passphrase-kdf.js';
export type { KeyFileOptions } from './key-file.js';
export type { KeyFileKeyringOptions } from './keyring-keyfile.js';
export type { SealContext } from './sealer.js';
