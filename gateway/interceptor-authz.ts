/**
 * Authorization, exactly as each method's `(access)` option declares it: public methods for
 * anyone, self methods for any signed-in account, platform methods for superadmins, org methods
 * for members of the request's org_id whose role is at least the declared one. Superadmins run
 * the platform; they get no rights inside an org they are not a member of.
 */
import type { AccessClaims } from './access-tokens.js';
import { ROLE_ORDER, Scope } from './api-schema.js';
import type { ApiMethod, ProtoRole } from './api-schema.js';
import { PermissionDeniedError, UnauthenticatedError } from './errors.js';
import { InvalidArgumentError } from './errors.js';

/** The caller's role in an org, or null when not a member. */
export type RoleLookup = (orgId: string, accountId: string, deadline: number) => Promise<ProtoRole | null>;

/** @throws UnauthenticatedError, PermissionDeniedError, InvalidArgumentError (a malformed org_id) */
export async function authorize(
  method: ApiMethod,
  caller: AccessClaims | undefined,
  request: Record<string, unknown>,
  roleOf: RoleLookup,
  deadline: number,
): Promise<void> {
  const { access } = method;
  if (access.scope === Scope.public) return;
  if (caller === undefined) throw new UnauthenticatedError(`${method.name} needs a signed-in caller`, 'NO_TOKEN');
  switch (access.scope) {
    case Scope.self:
      return;
    case Scope.platform:
      if (!caller.superadmin) {
        throw new PermissionDeniedError(`${access.permission} is for platform superadmins`, access.permission);
      }
      return;
    case Scope.org: {
      const field = method.request.fields.find((f) => f.protoName === 'org_id')!;
      const orgId = request['orgId'];
      // Checked here, before the lookup: the org id becomes an entity address.
      if (typeof orgId !== 'string' || orgId.length === 0)
        throw new InvalidArgumentError('org_id', 'required', 'is required');
      if (!field.rules.pattern!.test(orgId)) {
        throw new InvalidArgumentError('org_id', 'pattern', `must match ${field.rules.pattern!.source}`);
      }
      const role = await roleOf(orgId, caller.accountId, deadline);
      if (role === null || ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(access.role)) {
        throw new PermissionDeniedError(
          `${access.permission} needs the ${roleName(access.role)} role in org ${orgId}${role === null ? '; the caller is not a member' : `; the caller is ${roleName(role)}`}`,
          access.permission,
        );
      }
      return;
    }
  }
}

function roleName(role: ProtoRole): string {
  return role.replace('ROLE_', '').toLowerCase();
}
