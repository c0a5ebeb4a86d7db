/**
 * The vault document: everything needed to unseal the master key except the secret itself. It is
 * not secret (it may sit beside the data or in a shared KV bucket): every key in it is wrapped.
 *
 * Two levels, as in HashiCorp Vault: each protector (passphrase, key file, TPM, Shamir shares)
 * wraps the same random root key; the root key wraps the master keys (KEKs), which are versioned
 * so that a master-key rotation adds a version without needing every protector's secret.
 */
import { scryptParamsProblem } from '../../actors/index.js';
import type { ScryptParams } from '../../actors/index.js';
import { VaultFileError } from '../errors.js';

export const VAULT_FORMAT = 'redoubt-vault';
export const VAULT_FORMAT_VERSION = 1;

interface ProtectorBase {
  /** Short random id that names the protector in status output and binds its wrap. */
  readonly id: string;
  readonly createdAt: string;
  /** base64 of the root key wrapped under this protector's key. */
  readonly wrappedRoot: string;
}

export interface PassphraseProtector extends ProtectorBase {
  readonly type: 'passphrase';
  readonly kdf: { readonly name: 'scrypt' } & ScryptParams;
  /** base64 of 16 random bytes. */
  readonly salt: string;
}

export interface KeyFileProtector extends ProtectorBase {
  readonly type: 'keyfile';
  /** Where the key file was created; an unseal may name another path (a mounted secret). */
  readonly path: string;
}

export interface ShamirProtector extends ProtectorBase {
  readonly type: 'shamir';
  readonly threshold: number;
  readonly shares: number;
}

export interface TpmProtector extends ProtectorBase {
  readonly type: 'tpm';
  /** base64 of the sealed object's TPM2B_PUBLIC. */
  readonly public: string;
  /** base64 of the sealed object's TPM2B_PRIVATE (encrypted by the TPM's storage key). */
  readonly private: string;
}

export type ProtectorRecord = PassphraseProtector | KeyFileProtector | ShamirProtector | TpmProtector;
export type ProtectorType = ProtectorRecord['type'];

/** One master-key version, wrapped under the root key. */
export interface MasterKeyRecord {
  readonly version: number;
  readonly createdAt: string;
  readonly wrapped: string;
}

export interface VaultDocument {
  readonly format: typeof VAULT_FORMAT;
  readonly version: typeof VAULT_FORMAT_VERSION;
  /** 16 random bytes in hex; bound into every wrap so blobs cannot move between vaults. */
  readonly id: string;
  readonly protectors: readonly ProtectorRecord[];
  readonly masterKeys: readonly MasterKeyRecord[];
}

export const PROTECTOR_TYPES: readonly ProtectorType[] = ['passphrase', 'keyfile', 'shamir', 'tpm'];

/**
 * Parses and checks the stored text of a vault document.
 * @throws VaultFileError (`VAULT_INVALID`) when it is not JSON, or naming the first thing wrong
 */
export function parseVaultText(text: string, where: string): VaultDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new VaultFileError(`vault at ${where} is malformed: not valid JSON`, { cause });
  }
  return parseVaultDocument(json, where);
}

/**
 * Checks a parsed document read from outside.
 * @throws VaultFileError (`VAULT_INVALID`) naming the first thing wrong
 */
export function parseVaultDocument(json: unknown, where: string): VaultDocument {
  const problem = documentProblem(json);
  if (problem !== undefined) throw new VaultFileError(`vault at ${where} is malformed: ${problem}`);
  return json as VaultDocument;
}

function documentProblem(json: unknown): string | undefined {
  if (!isRecord(json)) return 'expected a JSON object';
  if (json['format'] !== VAULT_FORMAT) return `"format" must be "${VAULT_FORMAT}"`;
  if (json['version'] !== VAULT_FORMAT_VERSION) return `unsupported "version" ${JSON.stringify(json['version'])}`;
  if (typeof json['id'] !== 'string' || !/^[0-9a-f]{32}$/.test(json['id'])) return '"id" must be 32 hex digits';
  const protectors = json['protectors'];
  if (!Array.isArray(protectors) || protectors.length === 0) return '"protectors" must be a non-empty array';
  const ids = new Set<string>();
  for (const [index, protector] of protectors.entries()) {
    const why = protectorProblem(protector);
    if (why !== undefined) return `protectors[${index}]: ${why}`;
    const id = (protector as ProtectorRecord).id;
    if (ids.has(id)) return `protectors[${index}]: duplicate id ${id}`;
    ids.add(id);
  }
  const masterKeys = json['masterKeys'];
  if (!Array.isArray(masterKeys) || masterKeys.length === 0) return '"masterKeys" must be a non-empty array';
  const versions = new Set<number>();
  for (const [index, key] of masterKeys.entries()) {
    if (!isRecord(key)) return `masterKeys[${index}] must be an object`;
    const version = key['version'];
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1 || version > 0xffff_ffff) {
      return `masterKeys[${index}].version must be an integer from 1 to 2^32 - 1`;
    }
    if (versions.has(version)) return `masterKeys[${index}]: duplicate version ${version}`;
    versions.add(version);
    if (typeof key['createdAt'] !== 'string') return `masterKeys[${index}].createdAt must be a string`;
    if (!isBase64(key['wrapped'])) return `masterKeys[${index}].wrapped must be base64`;
  }
  return undefined;
}

function protectorProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'expected an object';
  if (typeof value['id'] !== 'string' || !/^[0-9a-f]{8}$/.test(value['id'])) return '"id" must be 8 hex digits';
  if (typeof value['createdAt'] !== 'string') return '"createdAt" must be a string';
  if (!isBase64(value['wrappedRoot'])) return '"wrappedRoot" must be base64';
  switch (value['type']) {
    case 'passphrase': {
      const kdf = value['kdf'];
      if (!isRecord(kdf) || kdf['name'] !== 'scrypt') return '"kdf.name" must be "scrypt"';
      const why = scryptParamsProblem(kdf);
      if (why !== undefined) return `bad scrypt parameters: ${why}`;
      return isBase64(value['salt'], 16) ? undefined : '"salt" must be base64 of 16 bytes';
    }
    case 'keyfile':
      return typeof value['path'] === 'string' && value['path'].length > 0 ? undefined : '"path" must be a path';
    case 'shamir': {
      const { threshold, shares } = value;
      if (!isInteger(shares) || shares < 2 || shares > 255) return '"shares" must be an integer from 2 to 255';
      if (!isInteger(threshold) || threshold < 2 || threshold > shares) {
        return '"threshold" must be an integer from 2 to "shares"';
      }
      return undefined;
    }
    case 'tpm':
      return isBase64(value['public']) && isBase64(value['private'])
        ? undefined
        : '"public" and "private" must be base64';
    default:
      return `"type" must be one of ${PROTECTOR_TYPES.join(', ')}`;
  }
}

function isBase64(value: unknown, length?: number): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  const bytes = Buffer.from(value, 'base64');
  return bytes.toString('base64') === value && (length === undefined || bytes.length === length);
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
