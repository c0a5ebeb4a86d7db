/**
 * A keyring whose single data key is derived from a passphrase with scrypt. The keyring file holds
 * only public parameters (KDF settings, salt) and a verifier that tells a wrong passphrase apart
 * before any data is opened with a wrong key.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { errorCode, errorMessage } from './internal/node-errors.js';
import { writeNewFile } from './internal/new-file.js';
import { KeyringUnlockError, SealOpenError } from '../errors.js';
import { PLATFORM_SCOPE } from './keyring.js';
import { StaticKeyring } from './keyring-static.js';
import { Sealer } from './sealer.js';
import { derivePassphraseKey, resolveScryptParams, scryptParamsProblem } from './passphrase-kdf.js';
import type { ScryptParams } from './passphrase-kdf.js';
import type { SealContext } from './sealer.js';

/** Options of {@link unlockPassphraseKeyring}. */
export interface PassphraseKeyringOptions {
  /**
   * Create the keyring file (and its directory, mode 0700) when it does not exist.
   * @default false
   */
  readonly create?: boolean;
  /**
   * scrypt parameters of a keyring created now; an existing file's own parameters always win.
   * @default { N: 2 ** 17, r: 8, p: 1 }
   */
  readonly kdf?: Partial<ScryptParams>;
}

const FORMAT = 'redoubt-passphrase-keyring';
const FORMAT_VERSION = 1;
const SALT_LENGTH = 16;
const KEY_VERSION = 1;
const VERIFIER_CONTEXT: SealContext = { purpose: 'state', entity: 'keyring', seq: 0 };
const VERIFIER_PLAINTEXT = new TextEncoder().encode('redoubt keyring verifier v1');

/** The keyring file's content: public, but its verifier authenticates the derived key. */
interface KeyringFile {
  readonly format: typeof FORMAT;
  readonly version: typeof FORMAT_VERSION;
  readonly kdf: { readonly name: 'scrypt' } & ScryptParams;
  /** base64 of 16 random bytes. */
  readonly salt: string;
  /** base64 of a {@link Sealer} blob of a known constant, sealed with the derived key. */
  readonly verifier: string;
}

/**
 * Derives the data key (version 1) from a passphrase and the keyring file's salt and parameters,
 * and checks it against the file's verifier. The passphrase is NFC-normalised first so the same
 * passphrase typed on different systems gives the same key.
 *
 * @param file - path of the keyring file (JSON, not secret; written mode 0600)
 * @param passphrase - never logged nor written anywhere
 * @throws KeyringUnlockError (`KEYRING_UNLOCK_FAILED`) when the passphrase is empty or wrong, the
 *   file is missing (without `create`), unreadable or malformed, or cannot be created
 * @throws RangeError when `options.kdf` holds invalid parameters
 */
export async function unlockPassphraseKeyring(
  file: string,
  passphrase: string,
  options: PassphraseKeyringOptions = {},
): Promise<StaticKeyring> {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new KeyringUnlockError(`empty passphrase for keyring ${file}: a passphrase is required`);
  }
  const existing = await readKeyringFile(file);
  if (existing !== undefined) return unlock(file, passphrase, existing);
  if (options.create !== true) {
    throw new KeyringUnlockError(
      `keyring file ${file} does not exist: to create a new keyring there, unlock it with { create: true }`,
    );
  }
  const created = await create(file, passphrase, resolveScryptParams(options.kdf));
  if (created !== undefined) return created;
  // Another process created the file between our read and our write: use theirs.
  const theirs = await readKeyringFile(file);
  if (theirs === undefined) throw new KeyringUnlockError(`keyring file ${file} vanished while being created`);
  return unlock(file, passphrase, theirs);
}

async function unlock(file: string, passphrase: string, content: KeyringFile): Promise<StaticKeyring> {
  const key = await deriveKey(file, passphrase, Buffer.from(content.salt, 'base64'), content.kdf);
  const keyring = new StaticKeyring([{ version: KEY_VERSION, bytes: key }]);
  key.fill(0);
  try {
    new Sealer(keyring).open(PLATFORM_SCOPE, VERIFIER_CONTEXT, Buffer.from(content.verifier, 'base64'));
  } catch (error) {
    keyring.close();
    if (!(error instanceof SealOpenError)) throw error;
    throw new KeyringUnlockError(`wrong passphrase for keyring ${file} (or the file was altered)`);
  }
  return keyring;
}

/** Creates a new keyring file; returns undefined when the file appeared meanwhile. */
async function create(file: string, passphrase: string, kdf: ScryptParams): Promise<StaticKeyring | undefined> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await deriveKey(file, passphrase, salt, kdf);
  const keyring = new StaticKeyring([{ version: KEY_VERSION, bytes: key }]);
  key.fill(0);
  const verifier = new Sealer(keyring).seal(PLATFORM_SCOPE, VERIFIER_CONTEXT, VERIFIER_PLAINTEXT);
  const content: KeyringFile = {
    format: FORMAT,
    version: FORMAT_VERSION,
    kdf: { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p },
    salt: salt.toString('base64'),
    verifier: Buffer.from(verifier).toString('base64'),
  };
  let created: boolean;
  try {
    created = await writeNewFile(file, `${JSON.stringify(content, null, 2)}\n`);
  } catch (cause) {
    keyring.close();
    throw new KeyringUnlockError(`cannot create keyring file ${file}: ${errorMessage(cause)}`, { cause });
  }
  if (created) return keyring;
  keyring.close();
  return undefined;
}

async function deriveKey(file: string, passphrase: string, salt: Uint8Array, kdf: ScryptParams): Promise<Uint8Array> {
  try {
    return await derivePassphraseKey(passphrase, salt, kdf);
  } catch (cause) {
    throw new KeyringUnlockError(`cannot derive the key of keyring ${file}: ${errorMessage(cause)}`, { cause });
  }
}

/** Reads and validates the keyring file; undefined when it does not exist. */
async function readKeyringFile(file: string): Promise<KeyringFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if (errorCode(cause) === 'ENOENT') return undefined;
    throw new KeyringUnlockError(`cannot read keyring file ${file}: ${errorMessage(cause)}`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new KeyringUnlockError(`keyring file ${file} is malformed: not valid JSON`, { cause });
  }
  const problem = keyringFileProblem(json);
  if (problem !== undefined) throw new KeyringUnlockError(`keyring file ${file} is malformed: ${problem}`);
  return json as KeyringFile;
}

/** What is wrong with a parsed keyring file, or undefined when nothing is. */
function keyringFileProblem(json: unknown): string | undefined {
  if (!isRecord(json)) return 'expected a JSON object';
  if (json['format'] !== FORMAT) return `"format" must be "${FORMAT}"`;
  if (json['version'] !== FORMAT_VERSION) return `unsupported "version" ${JSON.stringify(json['version'])}`;
  const kdf = json['kdf'];
  if (!isRecord(kdf) || kdf['name'] !== 'scrypt') return '"kdf.name" must be "scrypt"';
  const paramsProblem = scryptParamsProblem(kdf);
  if (paramsProblem !== undefined) return `bad scrypt parameters in "kdf": ${paramsProblem}`;
  if (base64Length(json['salt']) !== SALT_LENGTH) return `"salt" must be base64 of ${SALT_LENGTH} bytes`;
  if ((base64Length(json['verifier']) ?? 0) === 0) return '"verifier" must be non-empty base64';
  return undefined;
}

/** Length in bytes of a canonical base64 string, or undefined when it is not one. */
function base64Length(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const bytes = Buffer.from(value, 'base64');
  return bytes.toString('base64') === value ? bytes.length : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
