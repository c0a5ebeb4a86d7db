/** What an org id may be. */
import { InvalidCommandError } from '../../actors/index.js';

/** Lower-case letters, digits and '-', starting with a letter or digit, at most 63: a DNS label. */
const ORG_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Whether `id` is a valid org id (ids starting with `~` are the registry's own scopes). */
export function isOrgId(id: string): boolean {
  return ORG_ID.test(id);
}

/** @throws InvalidCommandError (`INVALID_COMMAND`, field `id`) when `id` is not an org id */
export function assertOrgId(id: string): void {
  if (!isOrgId(id)) {
    throw new InvalidCommandError(
      `org id "${id.slice(0, 64)}" must be lower-case letters, digits and '-', starting with a letter or digit, at most 63`,
      { field: 'id' },
    );
  }
}
