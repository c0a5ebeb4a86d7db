/**
 * The keyring of the registry's own entities: one data key per master-key version, derived with
 * HKDF so the master key itself never seals data. It reads through the vault: while the vault is
 * sealed every call fails with VAULT_SEALED, and a master-key rotation makes the new version
 * current at once.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { DataKey, KeyScope, Keyring } from '../../actors/index.js';
import type { Vault } from './vault.js';

const INFO = new TextEncoder().encode('redoubt/v1 registry data key');
const NAME_INFO = new TextEncoder().encode('redoubt/v1 registry name key');

export class VaultKeyring implements Keyring {
  readonly #vault: Vault;
  readonly #derived = new Map<number, DataKey>();
  #nameKey: Uint8Array | undefined;

  constructor(vault: Vault) {
    this.#vault = vault;
    // Derived keys are keys too: sealing the vault wipes them.
    vault.onSeal(() => this.close());
  }

  /** @throws VaultSealedError (`VAULT_SEALED`) while the vault is sealed */
  current(_scope: KeyScope): DataKey {
    return this.#derive(this.#vault.currentMasterKey());
  }

  /**
   * @throws VaultSealedError (`VAULT_SEALED`) while the vault is sealed
   * @throws UnknownKeyVersionError (`UNKNOWN_KEY_VERSION`) when the master version is retired
   */
  byVersion(_scope: KeyScope, version: number): DataKey {
    return this.#derive(this.#vault.masterKey(version));
  }

  /**
   * The registry's name key, derived from the vault's root key: it does not change when the
   * master key rotates, so the registry's blinded names stay put.
   * @throws VaultSealedError (`VAULT_SEALED`) while the vault is sealed
   */
  nameKey(_scope: KeyScope): Uint8Array {
    this.#nameKey ??= this.#vault.deriveFromRoot(NAME_INFO);
    return this.#nameKey;
  }

  /** Wipes the derived keys; the vault itself is sealed by its owner. Idempotent. */
  close(): void {
    this.#nameKey?.fill(0);
    this.#nameKey = undefined;
    for (const key of this.#derived.values()) key.bytes.fill(0);
    this.#derived.clear();
  }

  #derive(master: DataKey): DataKey {
    const cached = this.#derived.get(master.version);
    if (cached !== undefined) return cached;
    const key = {
      version: master.version,
      bytes: hkdf(sha256, master.bytes, Buffer.from(this.#vault.id, 'hex'), INFO, 32),
    };
    this.#derived.set(master.version, key);
    return key;
  }
}
