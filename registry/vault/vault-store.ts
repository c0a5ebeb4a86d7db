/**
 * Where the vault document lives. Standalone nodes keep it in a file in the data directory;
 * cluster registry nodes share it through a JetStream KV bucket. Either way it holds only wrapped
 * keys. Writes are conditional so that two admins changing the vault at once do not lose a change.
 */
import { readFile } from 'node:fs/promises';
import { errorCode, errorMessage, replaceFile, writeNewFile } from '../../actors/index.js';
import { VaultFileError } from '../errors.js';
import { parseVaultText } from './vault-document.js';
import type { VaultDocument } from './vault-document.js';

export interface VaultStore {
  /** Names the place in messages. */
  readonly where: string;
  /**
   * The stored document, or undefined when there is none yet.
   * @throws VaultFileError (`VAULT_INVALID`) when it cannot be read or is malformed
   */
  load(): Promise<VaultDocument | undefined>;
  /**
   * Stores `next` if the stored document is still `previous` (undefined: none stored yet).
   * @returns false when it changed meanwhile; reload and try again
   */
  save(next: VaultDocument, previous: VaultDocument | undefined): Promise<boolean>;
}

/** The vault document in a JSON file (mode 0600), replaced atomically. */
export class FileVaultStore implements VaultStore {
  readonly where: string;

  constructor(readonly file: string) {
    this.where = file;
  }

  async load(): Promise<VaultDocument | undefined> {
    const text = await this.#read();
    return text === undefined ? undefined : parseVaultText(text, this.file);
  }

  async save(next: VaultDocument, previous: VaultDocument | undefined): Promise<boolean> {
    const text = `${JSON.stringify(next, null, 2)}\n`;
    if (previous === undefined) return writeNewFile(this.file, text);
    // One process owns a data directory (its store is locked), so compare-then-replace is enough.
    const current = await this.#read();
    if (current !== `${JSON.stringify(previous, null, 2)}\n`) return false;
    await replaceFile(this.file, text);
    return true;
  }

  async #read(): Promise<string | undefined> {
    try {
      return await readFile(this.file, 'utf8');
    } catch (cause) {
      if (errorCode(cause) === 'ENOENT') return undefined;
      throw new VaultFileError(`cannot read vault ${this.file}: ${errorMessage(cause)}`, { cause });
    }
  }
}
