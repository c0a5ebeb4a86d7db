/**
 * The names entities have at rest. No store holds an entity id: LevelDB keys, JetStream subjects
 * and KV keys hold `<group>.<name>`, both parts made with the name key of the entity's org (or of
 * the platform, or of the registry; see `nameScopeOf`):
 * - the group is a keyed hash that is the same for every entity of the org, so one org's entities
 *   can be listed (to move, back up or re-seal them) without reading anyone else's;
 * - the name is the id encrypted deterministically with AES-SIV (RFC 5297, @noble/ciphers), bound
 *   to the group, so whoever holds the key reads it back and nobody else learns more than that
 *   two names are equal.
 * The name key never rotates and is destroyed with the org's keys: a crypto-shredded org's
 * names then link to nothing.
 */
import { aessiv } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { KeyScope, Keyring } from '../crypto/keyring.js';
import { nameScopeOf, PLATFORM_SCOPE } from '../crypto/keyring.js';
import type { EntityId } from '../entity-id.js';
import { parseEntityId, splitEntityId } from '../entity-id.js';
import { keyScopeOf } from '../entity-kind.js';
import type { AnyEntityKind } from '../entity-kind.js';
import { InvalidEntityIdError } from '../errors.js';

const utf8 = new TextEncoder();
const GROUP_INFO = utf8.encode('redoubt/v1 name group');
const NAME_INFO = utf8.encode('redoubt/v1 entity names');
const NOTE_INFO = utf8.encode('redoubt/v1 note names');
/** 96 bits: groups are few (one per org), collisions are not a concern. */
const GROUP_BYTES = 12;
/** Ids are padded to a multiple of this, so a name tells little about its id's length. */
const PAD = 16;
/** The most names kept computed; past it the cache starts over. */
const CACHE_LIMIT = 100_000;

/** How the stores name entities; {@link StoredNames} is the one implementation. */
export interface EntityNames {
  /** The stored name to write under, making the scope's keys when it has none yet. */
  forWrite(entity: EntityId): Promise<string>;
  /** The stored name to read, or undefined when the entity's scope has no keys: nothing of it is stored. */
  forRead(entity: EntityId): Promise<string | undefined>;
  /** The group every stored name of the scope's org starts with, or undefined when it has no keys. */
  group(scope: KeyScope): Promise<string | undefined>;
  /** The entity a stored name stands for, or undefined when its group is not one {@link group} named. */
  entityOf(stored: string): Promise<EntityId | undefined>;
  /** The entity id sealed for an outbox note, which any node of the platform can open. */
  sealForNote(entity: EntityId): Promise<string>;
  /** Opens what {@link sealForNote} made; undefined when it does not open. */
  openNote(sealed: string): Promise<EntityId | undefined>;
}

export class StoredNames implements EntityNames {
  readonly #keyring: Keyring;
  readonly #scopeOf: (entity: EntityId) => KeyScope;
  readonly #names = new Map<EntityId, string>();
  /** Group → the name scope it belongs to, for every group computed here. */
  readonly #groups = new Map<string, KeyScope>();

  /**
   * @param keyring - where name keys come from
   * @param scopeOf - the key scope of an entity (its kind's `keyScope`)
   */
  constructor(keyring: Keyring, scopeOf: (entity: EntityId) => KeyScope) {
    this.#keyring = keyring;
    this.#scopeOf = scopeOf;
  }

  async forWrite(entity: EntityId): Promise<string> {
    const cached = this.#names.get(entity);
    if (cached !== undefined) return cached;
    const scope = nameScopeOf(this.#scopeOf(entity));
    await this.#keyring.prepareNames?.(scope, true);
    return this.#name(entity, scope);
  }

  async forRead(entity: EntityId): Promise<string | undefined> {
    const cached = this.#names.get(entity);
    if (cached !== undefined) return cached;
    const scope = nameScopeOf(this.#scopeOf(entity));
    if ((await this.#keyring.prepareNames?.(scope, false)) === false) return undefined;
    return this.#name(entity, scope);
  }

  async group(scope: KeyScope): Promise<string | undefined> {
    const nameScope = nameScopeOf(scope);
    if ((await this.#keyring.prepareNames?.(nameScope, false)) === false) return undefined;
    return this.#group(nameScope);
  }

  async entityOf(stored: string): Promise<EntityId | undefined> {
    const dot = stored.indexOf('.');
    const scope = dot < 0 ? undefined : this.#groups.get(stored.slice(0, dot));
    if (scope === undefined) return undefined;
    if ((await this.#keyring.prepareNames?.(scope, false)) === false) return undefined;
    const entity = this.#open(scope, stored.slice(0, dot), stored.slice(dot + 1), NAME_INFO);
    // A name that opens under the group's key but belongs elsewhere was put there by hand.
    if (entity === undefined || nameScopeOf(this.#scopeOf(entity)) !== scope) return undefined;
    this.#remember(entity, stored);
    return entity;
  }

  async sealForNote(entity: EntityId): Promise<string> {
    await this.#keyring.prepareNames?.(PLATFORM_SCOPE, true);
    return this.#seal(PLATFORM_SCOPE, this.#group(PLATFORM_SCOPE), entity, NOTE_INFO);
  }

  async openNote(sealed: string): Promise<EntityId | undefined> {
    await this.#keyring.prepareNames?.(PLATFORM_SCOPE, true);
    return this.#open(PLATFORM_SCOPE, this.#group(PLATFORM_SCOPE), sealed, NOTE_INFO);
  }

  /** Drops the names computed for an org's entities (it moved away or was shredded). */
  forgetOrg(org: string): void {
    for (const [entity] of this.#names) {
      if (nameScopeOf(this.#scopeOf(entity)) === org) this.#names.delete(entity);
    }
    for (const [group, scope] of this.#groups) if (scope === org) this.#groups.delete(group);
  }

  #name(entity: EntityId, scope: KeyScope): string {
    const group = this.#group(scope);
    const stored = `${group}.${this.#seal(scope, group, entity, NAME_INFO)}`;
    this.#remember(entity, stored);
    return stored;
  }

  #remember(entity: EntityId, stored: string): void {
    if (this.#names.size >= CACHE_LIMIT) this.#names.clear();
    this.#names.set(entity, stored);
  }

  #group(scope: KeyScope): string {
    const group = Buffer.from(hmac(sha256, this.#keyring.nameKey(scope), GROUP_INFO).subarray(0, GROUP_BYTES)).toString(
      'base64url',
    );
    this.#groups.set(group, scope);
    return group;
  }

  #seal(scope: KeyScope, group: string, entity: EntityId, info: Uint8Array): string {
    const id = utf8.encode(entity);
    const padded = new Uint8Array(Math.ceil(id.length / PAD) * PAD);
    padded.set(id);
    const key = this.#sivKey(scope, info);
    try {
      return Buffer.from(aessiv(key, utf8.encode(group)).encrypt(padded)).toString('base64url');
    } finally {
      key.fill(0);
    }
  }

  #open(scope: KeyScope, group: string, sealed: string, info: Uint8Array): EntityId | undefined {
    const key = this.#sivKey(scope, info);
    try {
      const padded = aessiv(key, utf8.encode(group)).decrypt(Buffer.from(sealed, 'base64url'));
      let end = padded.length;
      while (end > 0 && padded[end - 1] === 0) end--;
      return parseEntityId(new TextDecoder().decode(padded.subarray(0, end)), 'a stored name');
    } catch {
      return undefined;
    } finally {
      key.fill(0);
    }
  }

  /** AES-SIV takes two AES-256 keys: 64 bytes. */
  #sivKey(scope: KeyScope, info: Uint8Array): Uint8Array {
    return hkdf(sha256, this.#keyring.nameKey(scope), undefined, info, 64);
  }
}

/**
 * The key scope of an entity of one of `kinds`, for {@link StoredNames}.
 * @throws InvalidEntityIdError (`INVALID_ENTITY_ID`) for a kind not among them: which org's key
 *   names it cannot be told
 */
export function keyScopeIn(kinds: ReadonlyMap<string, AnyEntityKind>): (entity: EntityId) => KeyScope {
  return (entity) => {
    const { kind, id } = splitEntityId(entity);
    const definition = kinds.get(kind);
    if (definition === undefined) {
      throw new InvalidEntityIdError(`entity kind "${kind}" is not known here: which key names it cannot be told`);
    }
    return keyScopeOf(definition, id);
  };
}
