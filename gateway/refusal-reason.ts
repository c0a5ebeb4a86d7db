/** The label a refused call is counted and logged under. */
import type { RedoubtError } from '../actors/index.js';

/** A code, a proto field path or a rule name; anything else (free text, an address) is no label. */
const LABEL_PART = /^[A-Za-z][A-Za-z0-9_.[\]]{0,63}$/;

/**
 * The error's code, then its field and its reason when it has them, joined by `:`: e.g.
 * `RESOURCE_EXHAUSTED:RATE_LIMITED`, `UNAUTHENTICATED:NO_TOKEN`, `PERMISSION_DENIED:ROLE_TOO_LOW`,
 * `INVALID_ARGUMENT:email:email`, `COMMAND_REJECTED:ALREADY_EXISTS`, `NOT_FOUND`. It carries no
 * request data (a part that does not look like a code, field or rule becomes `OTHER`, and list
 * indexes are dropped), so it is safe in logs and bounded as a metric label.
 */
export function refusalReason(error: RedoubtError): string {
  const { field, reason } = error.details;
  // `members[3].email` and `members[0].email` are one label.
  const parts = [error.code, field?.replace(/\[\d+\]/g, '[]'), reason];
  return parts
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) => (LABEL_PART.test(part) ? part : 'OTHER'))
    .join(':');
}
