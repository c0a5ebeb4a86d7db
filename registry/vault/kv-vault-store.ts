/**
 * The vault document of a cluster in a JetStream KV bucket, shared by its registry nodes: each one
 * unseals it with a protector of its own (its TPM, a key file, a passphrase, or shares). It holds
 * wrapped keys only. Saves are compare-and-set on the entry's revision.
 */
import { Kvm } from '@nats-io/kv';
import type { KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { VaultFileError } from '../errors.js';
import { parseVaultText } from './vault-document.js';
import type { VaultDocument } from './vault-document.js';
import type { VaultStore } from './vault-store.js';

const BUCKET = 'rdt_registry_vault';
const KEY = 'document';

export class KvVaultStore implements VaultStore {
  readonly where = `KV ${BUCKET}/${KEY}`;
  readonly #kv: KV;
  /** The revision of each document text this store loaded or saved, for compare-and-set. */
  #seen: { text: string; revision: number } | undefined;

  private constructor(kv: KV) {
    this.#kv = kv;
  }

  /** Opens the bucket, creating it when missing. */
  static async open(nc: NatsConnection, options: { replicas?: number } = {}): Promise<KvVaultStore> {
    const kv = await new Kvm(nc).create(BUCKET, {
      history: 1,
      replicas: options.replicas ?? 1,
      storage: 'file' as never,
    });
    return new KvVaultStore(kv);
  }

  async load(): Promise<VaultDocument | undefined> {
    let entry;
    try {
      entry = await this.#kv.get(KEY);
    } catch (cause) {
      throw new VaultFileError(`cannot read the vault from ${this.where}`, { cause });
    }
    if (entry === null || entry.operation !== 'PUT') return undefined;
    const text = entry.string();
    this.#seen = { text, revision: entry.revision };
    return parseVaultText(text, this.where);
  }

  async save(next: VaultDocument, previous: VaultDocument | undefined): Promise<boolean> {
    const text = JSON.stringify(next);
    try {
      let revision: number;
      if (previous === undefined) {
        revision = await this.#kv.create(KEY, text);
      } else {
        const expected = JSON.stringify(previous);
        if (this.#seen?.text !== expected) {
          await this.load();
          if (this.#seen?.text !== expected) return false;
        }
        revision = await this.#kv.update(KEY, text, this.#seen.revision);
      }
      this.#seen = { text, revision };
      return true;
    } catch (error) {
      // A create over an existing entry, or an update after another writer's: someone was first.
      if (isWrongRevision(error)) return false;
      throw new VaultFileError(`cannot save the vault to ${this.where}`, { cause: error });
    }
  }
}

function isWrongRevision(error: unknown): boolean {
  const text = String((error as Error)?.message ?? error);
  return /wrong last sequence|key exists/i.test(text);
}
