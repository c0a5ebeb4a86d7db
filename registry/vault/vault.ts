/**
 * The vault: the master keys (KEKs) that protect every data key, sealed at rest and unsealed into
 * memory by any one of its protectors. Nothing is readable while it is sealed; sealing wipes every
 * key from memory.
 */
import { randomBytes } from 'node:crypto';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { UnknownKeyVersionError, XCHACHA_KEY_LENGTH } from '../../actors/index.js';
import type { DataKey } from '../../actors/index.js';
import { UnsealError, VaultExistsError, VaultFileError, VaultSealedError } from '../errors.js';
import { createProtector, protectorKey } from './protectors.js';
import type { ProtectorSpec, UnsealInput } from './protectors.js';
import { checkShare } from './shamir-shares.js';
import { VAULT_FORMAT, VAULT_FORMAT_VERSION } from './vault-document.js';
import type { MasterKeyRecord, ProtectorRecord, ProtectorType, VaultDocument } from './vault-document.js';
import type { VaultStore } from './vault-store.js';
import { unwrapKey, wrapKey } from './vault-wrap.js';

/** What `redoubt status` shows of a vault: nothing secret. */
export interface VaultStatus {
  readonly id: string;
  readonly sealed: boolean;
  readonly protectors: readonly ProtectorSummary[];
  readonly masterKeyVersions: readonly number[];
  readonly currentMasterKey: number;
  /** Shamir shares collected so far toward an unseal (0 when none are pending). */
  readonly sharesGiven: number;
}

export interface ProtectorSummary {
  readonly id: string;
  readonly type: ProtectorType;
  readonly createdAt: string;
  /** Shamir only: how many shares unseal, of how many. */
  readonly threshold?: number;
  readonly shares?: number;
}

/** What `init` returns: the unsealed vault and, with a Shamir protector, the shares to hand out once. */
export interface InitializedVault {
  readonly vault: Vault;
  readonly shares: readonly string[];
}

const MAX_SAVE_ATTEMPTS = 5;

export class Vault {
  readonly #store: VaultStore;
  #document: VaultDocument;
  #root: Uint8Array | undefined;
  readonly #masterKeys = new Map<number, Uint8Array>();
  #pendingShares: string[] = [];
  readonly #sealListeners = new Set<() => void>();

  private constructor(store: VaultStore, document: VaultDocument) {
    this.#store = store;
    this.#document = document;
  }

  /**
   * Creates a vault with a new root key and master key (version 1), protected by every spec
   * given. The vault is returned unsealed. Shamir shares are returned once and stored nowhere.
   * @throws VaultExistsError (`VAULT_EXISTS`) when the store already holds a vault
   * @throws RangeError when a spec is invalid; TpmError, KeyringUnlockError as a protector's source does
   */
  static async init(store: VaultStore, specs: readonly ProtectorSpec[], now = new Date()): Promise<InitializedVault> {
    if (specs.length === 0) throw new RangeError('a vault needs at least one protector');
    if ((await store.load()) !== undefined) throw new VaultExistsError(store.where);
    const id = randomBytes(16).toString('hex');
    const root = randomBytes(XCHACHA_KEY_LENGTH);
    const master = randomBytes(XCHACHA_KEY_LENGTH);
    const shares: string[] = [];
    const protectors: ProtectorRecord[] = [];
    try {
      for (const spec of specs) {
        const { record, shares: handedOut } = await makeProtector(spec, id, root, now);
        protectors.push(record);
        shares.push(...handedOut);
      }
      const document: VaultDocument = {
        format: VAULT_FORMAT,
        version: VAULT_FORMAT_VERSION,
        id,
        protectors,
        masterKeys: [{ version: 1, createdAt: now.toISOString(), wrapped: wrapKey(root, master, id, masterSlot(1)) }],
      };
      if (!(await store.save(document, undefined))) throw new VaultExistsError(store.where);
      const vault = new Vault(store, document);
      vault.#root = Uint8Array.from(root);
      vault.#masterKeys.set(1, Uint8Array.from(master));
      return { vault, shares };
    } finally {
      root.fill(0);
      master.fill(0);
    }
  }

  /**
   * Opens the stored vault, sealed.
   * @throws VaultFileError (`VAULT_INVALID`) when there is none (run `redoubt init`) or it is malformed
   */
  static async open(store: VaultStore): Promise<Vault> {
    const document = await store.load();
    if (document === undefined) {
      throw new VaultFileError(`no vault at ${store.where}: create one with \`redoubt init\``);
    }
    return new Vault(store, document);
  }

  /** Whether the vault exists in the store. */
  static async exists(store: VaultStore): Promise<boolean> {
    return (await store.load()) !== undefined;
  }

  get sealed(): boolean {
    return this.#root === undefined;
  }

  get id(): string {
    return this.#document.id;
  }

  status(): VaultStatus {
    const versions = this.#document.masterKeys.map((key) => key.version).sort((a, b) => a - b);
    return {
      id: this.#document.id,
      sealed: this.sealed,
      protectors: this.#document.protectors.map(summary),
      masterKeyVersions: versions,
      currentMasterKey: versions.at(-1) ?? 0,
      sharesGiven: this.#pendingShares.length,
    };
  }

  /**
   * Unseals with one protector's secret. Shamir shares may come a few at a time (one per key
   * holder): until the threshold is reached the vault stays sealed and the status says how many
   * were given. Unsealing an unsealed vault checks the secret and changes nothing.
   * @param protectorId - which protector, when the vault has several of the input's type
   * @throws UnsealError (`UNSEAL_FAILED`) when the secret is wrong or does not fit any protector
   * @throws TpmError (`TPM_FAILED`) when the TPM cannot be reached or refuses
   */
  async unseal(input: UnsealInput, protectorId?: string): Promise<VaultStatus> {
    const candidates = this.#document.protectors.filter(
      (protector) => protector.type === input.type && (protectorId === undefined || protector.id === protectorId),
    );
    if (candidates.length === 0) {
      const what =
        protectorId === undefined ? `a ${input.type} protector` : `protector ${protectorId} of type ${input.type}`;
      const has = this.#document.protectors.map((protector) => `${protector.id} (${protector.type})`).join(', ');
      throw new UnsealError(`vault ${this.id} has no ${what}; it has ${has}`);
    }
    if (input.type === 'shamir') return this.#unsealWithShares(input.shares, candidates);
    let lastError: unknown;
    for (const protector of candidates) {
      try {
        await this.#openWith(protector, input);
        return this.status();
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  }

  /** Wipes every key from memory, and those derived from them, and forgets collected shares. Idempotent. */
  seal(): void {
    for (const listener of this.#sealListeners) listener();
    this.#root?.fill(0);
    this.#root = undefined;
    for (const key of this.#masterKeys.values()) key.fill(0);
    this.#masterKeys.clear();
    this.#pendingShares = [];
  }

  /**
   * Calls `listener` whenever the vault is sealed, so holders of derived keys wipe them.
   * @returns a function that removes the listener
   */
  onSeal(listener: () => void): () => void {
    this.#sealListeners.add(listener);
    return () => this.#sealListeners.delete(listener);
  }

  /**
   * The master key new wraps use. The returned bytes belong to the vault: read, never keep.
   * @throws VaultSealedError (`VAULT_SEALED`) while sealed
   */
  currentMasterKey(): DataKey {
    return this.masterKey(this.status().currentMasterKey);
  }

  /**
   * A 32-byte key derived from the root key for one purpose (`info`): unlike the master key it
   * never rotates. The caller owns the bytes and wipes them when the vault seals.
   * @throws VaultSealedError (`VAULT_SEALED`) while sealed
   */
  deriveFromRoot(info: Uint8Array): Uint8Array {
    if (this.#root === undefined) throw new VaultSealedError();
    return hkdf(sha256, this.#root, Buffer.from(this.id, 'hex'), info, 32);
  }

  /**
   * One master-key version, to unwrap what it wrapped.
   * @throws VaultSealedError (`VAULT_SEALED`) while sealed
   * @throws UnknownKeyVersionError (`UNKNOWN_KEY_VERSION`) when the version was retired or never existed
   */
  masterKey(version: number): DataKey {
    if (this.sealed) throw new VaultSealedError();
    const bytes = this.#masterKeys.get(version);
    if (bytes === undefined) throw new UnknownKeyVersionError(version);
    return { version, bytes };
  }

  /**
   * Adds a new master-key version that becomes current. Data keys are re-wrapped by their owner
   * (the registry) afterwards; then the old version can be retired.
   * @returns the new version
   * @throws VaultSealedError (`VAULT_SEALED`) while sealed
   */
  async rotateMasterKey(now = new Date()): Promise<number> {
    let version = 0;
    const fresh = randomBytes(XCHACHA_KEY_LENGTH);
    try {
      await this.#update((document, root) => {
        version = Math.max(...document.masterKeys.map((key) => key.version)) + 1;
        const record: MasterKeyRecord = {
          version,
          createdAt: now.toISOString(),
          wrapped: wrapKey(root, fresh, document.id, masterSlot(version)),
        };
        return { ...document, masterKeys: [...document.masterKeys, record] };
      });
      this.#masterKeys.set(version, Uint8Array.from(fresh));
      return version;
    } finally {
      fresh.fill(0);
    }
  }

  /**
   * Removes a master-key version for good, once nothing is wrapped under it any more.
   * @throws RangeError when it is the current version or does not exist
   * @throws VaultSealedError (`VAULT_SEALED`) while sealed
   */
  async retireMasterKey(version: number): Promise<void> {
    await this.#update((document) => {
      const versions = document.masterKeys.map((key) => key.version);
      if (!versions.includes(version)) throw new RangeError(`master key version ${version} does not exist`);
      if (version === Math.max(...versions)) throw new RangeError(`master key version ${version} is current`);
      return { ...document, masterKeys: document.masterKeys.filter((key) => key.version !== version) };
    });
    this.#masterKeys.get(version)?.fill(0);
    this.#masterKeys.delete(version);
  }

  /**
   * Adds a protector (for example a TPM on a new registry node, or new Shamir shares).
   * @returns its id and, for Shamir, the shares to hand out once
   * @throws VaultSealedError (`VAULT_SEALED`) while sealed
   */
  async addProtector(spec: ProtectorSpec, now = new Date()): Promise<{ id: string; shares: readonly string[] }> {
    if (this.sealed) throw new VaultSealedError();
    const made = await makeProtector(spec, this.id, this.#root as Uint8Array, now);
    await this.#update((document) => ({ ...document, protectors: [...document.protectors, made.record] }));
    return { id: made.record.id, shares: made.shares };
  }

  /**
   * Removes a protector: its secret no longer unseals the vault.
   * @throws RangeError when it is the last one or does not exist
   * @throws VaultSealedError (`VAULT_SEALED`) while sealed
   */
  async removeProtector(id: string): Promise<void> {
    await this.#update((document) => {
      if (!document.protectors.some((protector) => protector.id === id)) {
        throw new RangeError(`protector ${id} does not exist`);
      }
      if (document.protectors.length === 1) throw new RangeError('cannot remove the last protector');
      return { ...document, protectors: document.protectors.filter((protector) => protector.id !== id) };
    });
  }

  async #unsealWithShares(lines: readonly string[], candidates: readonly ProtectorRecord[]): Promise<VaultStatus> {
    if (!Array.isArray(lines) || lines.length === 0) throw new UnsealError('no share given');
    for (const line of lines) checkShare(line, this.id);
    const collected = [...new Set([...this.#pendingShares, ...lines.map((line) => line.trim())])];
    const threshold = Math.min(
      ...candidates.map((protector) => (protector.type === 'shamir' ? protector.threshold : Infinity)),
    );
    if (collected.length < threshold) {
      this.#pendingShares = collected;
      return this.status();
    }
    let lastError: unknown;
    for (const protector of candidates) {
      try {
        await this.#openWith(protector, { type: 'shamir', shares: collected });
        this.#pendingShares = [];
        return this.status();
      } catch (error) {
        lastError = error;
      }
    }
    // A wrong share spoils the set: start collecting again rather than keep it.
    this.#pendingShares = [];
    throw lastError;
  }

  /** Recovers the root key through one protector, then every master key. */
  async #openWith(protector: ProtectorRecord, input: UnsealInput): Promise<void> {
    const key = await protectorKey(protector, input, this.id);
    let root: Uint8Array | undefined;
    try {
      root = unwrapKey(key, protector.wrappedRoot, this.id, protectorSlot(protector.id));
    } finally {
      key.fill(0);
    }
    if (root === undefined) throw new UnsealError(wrongSecret(protector));
    if (this.#root !== undefined) {
      root.fill(0);
      return;
    }
    const masters = new Map<number, Uint8Array>();
    for (const record of this.#document.masterKeys) {
      const master = unwrapKey(root, record.wrapped, this.id, masterSlot(record.version));
      if (master === undefined) {
        root.fill(0);
        for (const opened of masters.values()) opened.fill(0);
        throw new VaultFileError(
          `vault ${this.id}: master key version ${record.version} does not open: the vault was altered`,
        );
      }
      masters.set(record.version, master);
    }
    this.#root = root;
    for (const [version, master] of masters) this.#masterKeys.set(version, master);
  }

  /**
   * Reloads the stored document, which another registry node sharing it may have changed: a new
   * master key is unwrapped with the root key held since unsealing, a retired one is wiped, and
   * new protectors become usable. Sealed, it only reloads.
   * @throws VaultFileError (`VAULT_INVALID`) when the stored document is gone, is another vault's,
   *   or a master key in it does not open
   */
  async refresh(): Promise<VaultStatus> {
    const document = await this.#store.load();
    if (document === undefined || document.id !== this.id) {
      throw new VaultFileError(`vault ${this.id} is no longer at ${this.#store.where}`);
    }
    if (this.#root !== undefined) {
      const versions = new Set(document.masterKeys.map((record) => record.version));
      for (const record of document.masterKeys) {
        if (this.#masterKeys.has(record.version)) continue;
        const master = unwrapKey(this.#root, record.wrapped, this.id, masterSlot(record.version));
        if (master === undefined) {
          throw new VaultFileError(
            `vault ${this.id}: master key version ${record.version} does not open: the vault was altered`,
          );
        }
        this.#masterKeys.set(record.version, master);
      }
      for (const [version, master] of this.#masterKeys) {
        if (versions.has(version)) continue;
        master.fill(0);
        this.#masterKeys.delete(version);
      }
    }
    this.#document = document;
    return this.status();
  }

  /** Applies a change to the stored document with compare-and-set, retrying on a concurrent change. */
  async #update(change: (document: VaultDocument, root: Uint8Array) => VaultDocument): Promise<void> {
    for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
      if (this.#root === undefined) throw new VaultSealedError();
      const current = (await this.#store.load()) ?? this.#document;
      const next = change(current, this.#root);
      if (await this.#store.save(next, current)) {
        this.#document = next;
        return;
      }
    }
    throw new VaultFileError(`vault at ${this.#store.where} kept changing under this update; try again`);
  }
}

async function makeProtector(
  spec: ProtectorSpec,
  vaultId: string,
  root: Uint8Array,
  now: Date,
): Promise<{ record: ProtectorRecord; shares: readonly string[] }> {
  const made = await createProtector(spec, vaultId);
  const id = randomBytes(4).toString('hex');
  try {
    const record = {
      ...made.fields,
      id,
      createdAt: now.toISOString(),
      wrappedRoot: wrapKey(made.key, root, vaultId, protectorSlot(id)),
    } as ProtectorRecord;
    return { record, shares: made.shares ?? [] };
  } finally {
    made.key.fill(0);
  }
}

function wrongSecret(protector: ProtectorRecord): string {
  switch (protector.type) {
    case 'passphrase':
      return `wrong passphrase for protector ${protector.id}`;
    case 'keyfile':
      return `the key file does not open protector ${protector.id}: it belongs to another vault or was replaced`;
    case 'tpm':
      return `the TPM's secret does not open protector ${protector.id}: the vault was altered`;
    case 'shamir':
      return `these shares do not open protector ${protector.id}: at least one is wrong or from another split`;
  }
}

function summary(protector: ProtectorRecord): ProtectorSummary {
  const base = { id: protector.id, type: protector.type, createdAt: protector.createdAt };
  return protector.type === 'shamir' ? { ...base, threshold: protector.threshold, shares: protector.shares } : base;
}

function protectorSlot(id: string): string {
  return `protector:${id}`;
}

function masterSlot(version: number): string {
  return `master:${version}`;
}
