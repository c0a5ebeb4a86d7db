/**
 * The key of one archive: HKDF-SHA-256 of a master key of the vault with the archive's random
 * salt, so only a holder of the unsealed vault can read or forge an archive, and no two archives
 * share a key. The archive stores the salt and the master-key version, never a key.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { UnknownKeyVersionError, XCHACHA_KEY_LENGTH } from '../../actors/index.js';
import { BackupVaultMismatchError } from '../errors.js';
import type { Vault } from '../vault/vault.js';

const INFO = new TextEncoder().encode('redoubt/v1 backup archive');
const ORG_TAG_INFO = new TextEncoder().encode('redoubt/v1 backup org tags');
const utf8 = new TextEncoder();

/**
 * Derives the archive key. The caller wipes it when done.
 * @throws BackupVaultMismatchError (`BACKUP_WRONG_VAULT`) when the archive names another vault or a
 *   master-key version this vault does not hold (retired by a master-key rotation)
 * @throws VaultSealedError (`VAULT_SEALED`) while the vault is sealed
 */
export function deriveArchiveKey(
  vault: Vault,
  header: { readonly vaultId: string; readonly masterKeyVersion: number; readonly salt: string },
): Uint8Array {
  if (header.vaultId !== vault.id) {
    throw new BackupVaultMismatchError(
      `the archive was made with vault ${header.vaultId}, this is vault ${vault.id}: restore with the vault it was made with`,
    );
  }
  let master;
  try {
    master = vault.masterKey(header.masterKeyVersion);
  } catch (error) {
    if (!(error instanceof UnknownKeyVersionError)) throw error;
    throw new BackupVaultMismatchError(
      `the archive is sealed under master key version ${header.masterKeyVersion}, which vault ${vault.id} no longer holds ` +
        '(retired by a master-key rotation): it cannot be read any more',
      { cause: error },
    );
  }
  return hkdf(sha256, master.bytes, Buffer.from(header.salt, 'base64'), INFO, XCHACHA_KEY_LENGTH);
}

/**
 * How an archive's clear header names its orgs: a keyed hash of each org id under a key derived
 * from the archive key, so the header tells only a holder of the unsealed vault which orgs an
 * archive holds, and two archives of one org do not share a tag.
 */
export function orgTagger(archiveKey: Uint8Array): (org: string) => string {
  const tagKey = hkdf(sha256, archiveKey, undefined, ORG_TAG_INFO, 32);
  return (org) => Buffer.from(hmac(sha256, tagKey, utf8.encode(org)).subarray(0, 16)).toString('base64url');
}
