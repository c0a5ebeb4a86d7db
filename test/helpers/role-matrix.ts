/**
 * The RPC × role matrix: calls methods as every kind of caller over real TLS and gRPC, with the
 * sample requests of their modules, and checks that each is allowed exactly where its `(access)`
 * option says and refused (UNAUTHENTICATED without a token, PERMISSION_DENIED with a too low role)
 * everywhere else. Which methods it covers comes from the modules: a new module's methods are in
 * the matrix as soon as the node runs it.
 */
import type { Test } from 'tap';
import { ApiCallError, loadApiSchema, loadModules, ROLE_ORDER, Scope } from '../../gateway/index.js';
import type { ApiMethod, MethodAccess } from '../../gateway/index.js';
import type { GatewayHandle } from './gateway.js';
import { ROLE_NAMES, sampleRequest } from './gateway-roles.js';
import type { RoleFixture, RoleName } from './gateway-roles.js';

const ORG_ROLE: Partial<Record<RoleName, (typeof ROLE_ORDER)[number]>> = {
  guest: 'ROLE_GUEST',
  member: 'ROLE_MEMBER',
  admin: 'ROLE_ADMIN',
};

/**
 * Whether the `(access)` option lets a caller of this role in (the fixture's org and project). The
 * fixture's callers signed in with a password alone (AAL1): a method asking for more lets none in.
 */
export function allowedBy(access: MethodAccess, role: RoleName): boolean {
  if (access.scope !== Scope.public && access.assurance.level > 1) return false;
  switch (access.scope) {
    case Scope.public:
      return true;
    case Scope.self:
      return role !== 'anonymous';
    case Scope.platform:
      return role === 'superadmin';
    default: {
      const held = ORG_ROLE[role];
      return held !== undefined && ROLE_ORDER.indexOf(held) >= ROLE_ORDER.indexOf(access.role);
    }
  }
}

export interface MatrixOptions {
  /** Which methods to call. @default every method of the gateway's modules */
  readonly only?: (method: ApiMethod) => boolean;
  /** Who may call a method (`Service.Method`), written out by hand, so that a wrong option fails too. */
  readonly anchors?: Readonly<Record<string, readonly RoleName[]>>;
}

/**
 * Calls every method (of `options.only`) as every role; one assertion per method, and per anchor.
 * @returns how many calls and methods it made
 */
export async function checkRoleMatrix(
  t: Test,
  gw: GatewayHandle,
  fixture: RoleFixture,
  options: MatrixOptions = {},
): Promise<{ calls: number; methods: number }> {
  const schema = loadApiSchema(gw.protos);
  const modules = await loadModules(gw.modules);
  let calls = 0;
  let methods = 0;
  for (const method of schema.methods.values()) {
    if (options.only !== undefined && !options.only(method)) continue;
    methods++;
    const service = method.service.slice(method.service.lastIndexOf('.') + 1);
    const name = `${service}.${method.name}`;
    const allowed: RoleName[] = [];
    for (const role of ROLE_NAMES) {
      calls++;
      let refusal: ApiCallError | undefined;
      try {
        await fixture.callers[role].call(
          service,
          method.name,
          sampleRequest(modules, method.service, method.name, fixture),
        );
      } catch (error) {
        if (!(error instanceof ApiCallError)) throw error;
        // Business failures (a wrong token, a missing org) are not the pipeline's refusals.
        if (error.reason === 'NO_TOKEN' || error.reason === 'ROLE_TOO_LOW' || error.reason === 'STEP_UP_REQUIRED') {
          refusal = error;
        }
        if (refusal !== undefined) {
          t.equal(
            refusal.code,
            role === 'anonymous' ? 'UNAUTHENTICATED' : 'PERMISSION_DENIED',
            `${name} as ${role}: refused with the right status`,
          );
        }
      }
      if (refusal === undefined) allowed.push(role);
    }
    const expected = ROLE_NAMES.filter((role) => allowedBy(method.access, role));
    t.same(
      allowed,
      expected,
      `${name} (${method.access.scope}${method.access.role === 'ROLE_UNSPECIFIED' ? '' : ` ${method.access.role}`})`,
    );
    const anchor = options.anchors?.[name];
    if (anchor !== undefined) t.same(allowed, [...anchor], `${name}: the anchor`);
  }
  return { calls, methods };
}
