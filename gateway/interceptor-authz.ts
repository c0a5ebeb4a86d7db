/**
 * Authorization, exactly as each method's `(access)` option declares it: public methods for
 * anyone, self methods for any signed-in account, platform methods for superadmins, org methods
 * for members of the request's org_id whose role is at least the declared one. Superadmins run
 * the platform; they get no rights inside an org they are not a member of. A method may also ask
 * for a stronger sign-in (`(access).assurance`): a session short of it is told what would do.
 */
import type { AccessClaims } from './access-tokens.js';
import { ROLE_ORDER, Scope } from './api-schema.js';
import type { ApiMethod, AssuranceNeed, ProtoRole } from './api-schema.js';
import { assuranceOf, shortfall } from '../domain/index.js';
import { formatProblem } from '../actors/index.js';
import { PermissionDeniedError, StepUpRequiredError, UnauthenticatedError } from './errors.js';
import { InvalidArgumentError } from './errors.js';

/** The caller's role in an org, or null when not a member. */
export type RoleLookup = (orgId: string, accountId: string, deadline: number) => Promise<ProtoRole | null>;

/** The caller's standing in a project: role (org admins are project admins), external or not. */
export interface ProjectStanding {
  readonly role: ProtoRole | null;
  readonly external: boolean;
  /** What the project's policy asks of the caller's class (externals, members, admins). */
  readonly need: AssuranceNeed;
  /** Whether SMS counts as a factor in the project. */
  readonly smsAllowed: boolean;
}

export type ProjectLookup = (
  orgId: string,
  projectId: string,
  accountId: string,
  deadline: number,
) => Promise<ProjectStanding>;

/** @throws UnauthenticatedError, PermissionDeniedError, InvalidArgumentError (a malformed org_id) */
export async function authorize(
  method: ApiMethod,
  caller: AccessClaims | undefined,
  request: Record<string, unknown>,
  lookups: { readonly roleOf: RoleLookup; readonly projectOf: ProjectLookup },
  deadline: number,
): Promise<void> {
  const { access } = method;
  if (access.scope === Scope.public) return;
  if (caller === undefined) throw new UnauthenticatedError(`${method.name} needs a signed-in caller`, 'NO_TOKEN');
  requireAssurance(access.assurance, caller, access.permission);
  switch (access.scope) {
    case Scope.self:
      return;
    case Scope.platform:
      if (!caller.superadmin) {
        throw new PermissionDeniedError(`${access.permission} is for platform superadmins`, access.permission);
      }
      return;
    case Scope.org: {
      const orgId = scopeId(method, request, 'org_id');
      const role = await lookups.roleOf(orgId, caller.accountId, deadline);
      requireRole(
        access.role,
        role,
        `${access.permission} needs the ${roleName(access.role)} role in org ${orgId}`,
        access.permission,
      );
      return;
    }
    case Scope.project: {
      const orgId = scopeId(method, request, 'org_id');
      const projectId = scopeId(method, request, 'project_id');
      const standing = await lookups.projectOf(orgId, projectId, caller.accountId, deadline);
      requireRole(
        access.role,
        standing.role,
        `${access.permission} needs the ${roleName(access.role)} role in project ${orgId}/${projectId}`,
        access.permission,
      );
      // A restricted factor counts only where the project allows it.
      const factors = standing.smsAllowed ? caller.factors : caller.factors.filter((factor) => factor.kind !== 'sms');
      const short = shortfall(standing.need, factors, Date.now());
      if (short !== undefined) {
        const who = standing.external ? 'external members' : standing.role === 'ROLE_ADMIN' ? 'admins' : 'members';
        throw new StepUpRequiredError(
          `project ${orgId}/${projectId} asks its ${who} for ${short} (FactorService.VerifyTotp)`,
          access.permission,
          standing.need,
          // The reason clients knew before step-up had levels: a second factor is what is missing.
          assuranceOf(factors).level < 2 && standing.need.level >= 2 ? 'SECOND_FACTOR_REQUIRED' : 'STEP_UP_REQUIRED',
        );
      }
      return;
    }
  }
}

/** Refuses a session weaker than the method asks (see assurance.ts). @throws StepUpRequiredError */
export function requireAssurance(need: AssuranceNeed, caller: AccessClaims, permission: string): void {
  const short = shortfall(need, caller.factors, Date.now());
  if (short !== undefined) {
    throw new StepUpRequiredError(`${permission} needs ${short}: prove a second factor again`, permission, need);
  }
}

/** The request's org_id or project_id, checked (by its format, as loadApiSchema requires) before it becomes an entity address. */
function scopeId(method: ApiMethod, request: Record<string, unknown>, protoName: 'org_id' | 'project_id'): string {
  const field = method.request.fields.find((f) => f.protoName === protoName)!;
  const value = request[field.name];
  if (typeof value !== 'string' || value.length === 0)
    throw new InvalidArgumentError(protoName, 'required', 'is required');
  const problem = formatProblem(protoName, value);
  if (problem !== undefined) throw new InvalidArgumentError(protoName, 'format', problem);
  return value;
}

function requireRole(needed: ProtoRole, held: ProtoRole | null, message: string, permission: string): void {
  if (held === null || ROLE_ORDER.indexOf(held) < ROLE_ORDER.indexOf(needed)) {
    throw new PermissionDeniedError(
      `${message}${held === null ? '; the caller is not a member' : `; the caller is ${roleName(held)}`}`,
      permission,
    );
  }
}

function roleName(role: ProtoRole): string {
  return role.replace('ROLE_', '').toLowerCase();
}
