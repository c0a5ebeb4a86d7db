/**
 * The vault a registry archive carries, for rebuilding a node that has none yet: opened from the
 * archive's header in memory, unsealed with the operator's secret, and stored in the node only
 * once the whole archive has been authenticated with it.
 */
import { parseVaultDocument } from '../vault/vault-document.js';
import type { VaultDocument } from '../vault/vault-document.js';
import type { VaultStore } from '../vault/vault-store.js';
import { Vault } from '../vault/vault.js';
import { BackupFormatError } from '../errors.js';
import type { ArchiveHeader } from './archive-format.js';

/**
 * Opens the vault document of a registry archive, sealed.
 * @throws BackupFormatError (`BACKUP_INVALID`) when the archive is not a registry archive or its
 *   vault document is malformed
 */
export async function openArchiveVault(header: ArchiveHeader, where: string): Promise<Vault> {
  if (header.scope.type !== 'registry' || header.vault === undefined) {
    throw new BackupFormatError(`${where} is not a registry archive: it carries no vault`);
  }
  let document: VaultDocument;
  try {
    document = parseVaultDocument(header.vault, `${where} (archive header)`);
  } catch (cause) {
    throw new BackupFormatError(`${where}: the vault document in the header is malformed`, { cause });
  }
  if (document.id !== header.vaultId) throw new BackupFormatError(`${where}: the header names two vaults`);
  return Vault.open(new HeldVaultStore(document, where));
}

/** A read-only vault store over a document held in memory. */
class HeldVaultStore implements VaultStore {
  readonly where: string;
  readonly #document: VaultDocument;

  constructor(document: VaultDocument, where: string) {
    this.#document = document;
    this.where = `${where} (archive header)`;
  }

  async load(): Promise<VaultDocument | undefined> {
    return this.#document;
  }

  async save(): Promise<boolean> {
    // The vault from an archive is for reading it; changes belong to the node's own store.
    return false;
  }
}
