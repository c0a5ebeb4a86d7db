/** Entity addresses: `kind/id`, validated once where they enter the system. */
import { InvalidEntityIdError } from './errors.js';

/** A validated `kind/id` address, e.g. `org/acme` or `project/acme/website`. */
export type EntityId = string & { readonly __brand: 'EntityId' };

/** A shard number in `[0, shardCount)`. */
export type ShardId = number & { readonly __brand: 'ShardId' };

const KIND = /^[a-z][a-z0-9-]{0,39}$/;
const ID_SEGMENT = /^[A-Za-z0-9._~-]{1,128}$/;
/** Longest accepted id, so keys and subjects stay small. */
export const MAX_ENTITY_ID_LENGTH = 256;

/** Validates an entity kind name. @throws InvalidEntityIdError (`INVALID_ENTITY_ID`) */
export function assertKind(kind: string): void {
  if (!KIND.test(kind)) {
    throw new InvalidEntityIdError(
      `invalid entity kind "${truncate(kind)}": lower-case letters, digits and '-', starting with a letter, at most 40`,
    );
  }
}

/**
 * Builds the address of one entity.
 * @throws InvalidEntityIdError (`INVALID_ENTITY_ID`) when kind or id has a character outside
 *   `[A-Za-z0-9._~-]`, an empty segment, or is too long
 */
export function entityId(kind: string, id: string): EntityId {
  assertKind(kind);
  if (id.length === 0 || id.length > MAX_ENTITY_ID_LENGTH) {
    throw new InvalidEntityIdError(`entity id must be 1 to ${MAX_ENTITY_ID_LENGTH} characters, got ${id.length}`);
  }
  for (const segment of id.split('/')) {
    if (!ID_SEGMENT.test(segment) || segment === '.' || segment === '..') {
      throw new InvalidEntityIdError(
        `invalid entity id "${truncate(id)}": segments of [A-Za-z0-9._~-] separated by '/'`,
      );
    }
  }
  return `${kind}/${id}` as EntityId;
}

/** Splits an address into kind and id. */
export function splitEntityId(entity: EntityId): { kind: string; id: string } {
  const slash = entity.indexOf('/');
  return { kind: entity.slice(0, slash), id: entity.slice(slash + 1) };
}

/** A token safe in NATS subjects, KV keys and actor names: base64url of the address. */
export function entityToken(entity: EntityId): string {
  return Buffer.from(entity, 'utf8').toString('base64url');
}

/** Reverses {@link entityToken}; validates the result. */
export function entityFromToken(token: string): EntityId {
  return parseEntityId(Buffer.from(token, 'base64url').toString('utf8'), 'token');
}

/**
 * Validates a `kind/id` address read from outside (a store's key, a token).
 * @param what - what held it, for the error
 * @throws InvalidEntityIdError (`INVALID_ENTITY_ID`)
 */
export function parseEntityId(text: string, what = 'text'): EntityId {
  const slash = text.indexOf('/');
  if (slash < 0) throw new InvalidEntityIdError(`${what} does not name an entity`);
  return entityId(text.slice(0, slash), text.slice(slash + 1));
}

function truncate(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}
