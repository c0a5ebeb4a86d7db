/** Which entities an archive holds: chosen by their key scope, as the entity's kind names it. */
import {
  describeFormat,
  entityId,
  Format,
  InvalidEntityIdError,
  isOrgId,
  keyScopeOf,
  PLATFORM_SCOPE,
  splitEntityId,
} from '../../actors/index.js';
import type { AnyEntityKind, EntityId, Journal, KeyScope } from '../../actors/index.js';
import { BackupError, BackupFormatError } from '../errors.js';
import { REGISTRY_SCOPE, scopeOfKeysetId } from '../keyset/keyset-id.js';
import type { ArchiveScope } from './archive-format.js';

/**
 * The key scope of an entity: its kind's `keyScope(id)`, the platform's when the kind names none.
 * @throws BackupError (`BACKUP_FAILED`) when the kind is not known here: which org owns the entity
 *   cannot be told, so it can be neither left out nor put in safely
 */
export function scopeOfEntity(entity: EntityId, kinds: ReadonlyMap<string, AnyEntityKind>): KeyScope {
  const { kind, id } = splitEntityId(entity);
  const definition = kinds.get(kind);
  if (definition === undefined) {
    throw new BackupError(
      `entity ${entity} is of kind "${kind}", which this Redoubt does not know: cannot tell which org it belongs to`,
    );
  }
  return keyScopeOf(definition, id);
}

/** The org a scope belongs to (`acme` for `acme` and for the module scope `acme/mail`). */
export function orgOfScope(scope: KeyScope): string {
  const slash = scope.indexOf('/');
  return slash < 0 ? scope : scope.slice(0, slash);
}

/** Whether an archive of `selection` holds entities of `scope`. */
export function selects(selection: ArchiveScope, scope: KeyScope): boolean {
  switch (selection.type) {
    case 'registry':
      return scope === REGISTRY_SCOPE;
    case 'all':
      return scope !== REGISTRY_SCOPE;
    case 'orgs':
      return scope !== REGISTRY_SCOPE && scope !== PLATFORM_SCOPE && selection.orgs.includes(orgOfScope(scope));
  }
}

/**
 * Whether an archive holds entities of `scope`, by its header: an org archive's header names its
 * orgs by keyed tags (see `orgTagger`), not by id.
 */
export function archiveSelects(header: ArchiveScope, scope: KeyScope, tagOf: (org: string) => string): boolean {
  if (header.type !== 'orgs') return selects(header, scope);
  return scope !== REGISTRY_SCOPE && scope !== PLATFORM_SCOPE && header.orgs.includes(tagOf(orgOfScope(scope)));
}

/** An org archive's scope as its header shows it: the orgs by their tags. */
export function taggedScope(scope: ArchiveScope, tagOf: (org: string) => string): ArchiveScope {
  return scope.type === 'orgs' ? { type: 'orgs', orgs: scope.orgs.map(tagOf) } : scope;
}

/**
 * Checks org ids given on a command line.
 * @throws RangeError naming the bad one
 */
export function checkOrgIds(orgs: readonly string[]): void {
  if (orgs.length === 0) throw new RangeError('name at least one org');
  for (const org of orgs) {
    if (!isOrgId(org)) {
      throw new RangeError(`"${org.slice(0, 64)}" is not an org id: ${describeFormat(Format.orgId)}`);
    }
  }
}

/**
 * Validates an entity id read from an archive.
 * @throws BackupFormatError (`BACKUP_INVALID`) when it is not a valid `kind/id`
 */
export function entityFromArchive(text: string): EntityId {
  const slash = text.indexOf('/');
  try {
    if (slash < 0) throw new InvalidEntityIdError('no kind');
    return entityId(text.slice(0, slash), text.slice(slash + 1));
  } catch (cause) {
    throw new BackupFormatError(`the archive names an invalid entity "${text.slice(0, 64)}"`, { cause });
  }
}

/** Every scope with a keyset in the registry's journal: where the entities of an `all` archive can be. */
export async function keysetScopes(registryJournal: Journal): Promise<KeyScope[]> {
  const scopes: KeyScope[] = [];
  for await (const entity of registryJournal.entities(REGISTRY_SCOPE)) {
    const { kind, id } = splitEntityId(entity);
    if (kind === 'keyset') scopes.push(scopeOfKeysetId(id));
  }
  return scopes;
}

/** The scopes whose entities an archive of `selection` holds; `all` needs every scope with a keyset. */
export function scopesOfSelection(selection: ArchiveScope, allScopes: readonly KeyScope[] | undefined): KeyScope[] {
  switch (selection.type) {
    case 'registry':
      return [REGISTRY_SCOPE];
    case 'orgs':
      return [...selection.orgs];
    case 'all':
      if (allScopes === undefined) throw new RangeError('an archive of everything needs the scopes of every keyset');
      return [PLATFORM_SCOPE, ...allScopes.filter((scope) => scope !== REGISTRY_SCOPE)];
  }
}
