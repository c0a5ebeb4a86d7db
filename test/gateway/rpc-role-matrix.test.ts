/**
 * Every RPC called as every kind of caller over real TLS and gRPC: allowed exactly where its
 * `(access)` option says, refused (UNAUTHENTICATED without a token, PERMISSION_DENIED with a too
 * low role) everywhere else. A few anchors are written out by hand, so a wrong option in a
 * .proto file fails here too.
 */
import t from 'tap';
import { ApiCallError, loadApiSchema, ROLE_ORDER, Scope } from '../../gateway/index.js';
import type { MethodAccess } from '../../gateway/index.js';
import { startTestGateway } from '../helpers/gateway.js';
import { ROLE_NAMES, sampleRequest, setUpRoles } from '../helpers/gateway-roles.js';
import type { RoleName } from '../helpers/gateway-roles.js';

const ORG_ROLE: Partial<Record<RoleName, (typeof ROLE_ORDER)[number]>> = {
  guest: 'ROLE_GUEST',
  member: 'ROLE_MEMBER',
  admin: 'ROLE_ADMIN',
};

function allowedBy(access: MethodAccess, role: RoleName): boolean {
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

/** The anchors: who may call these, written out. */
const ANCHORS: Record<string, readonly RoleName[]> = {
  'OrgService.CreateOrg': ['superadmin'],
  'OrgService.AddMember': ['admin'],
  'OrgService.RemoveMember': ['admin'],
  'OrgService.UpdateOrg': ['admin'],
  'OrgService.ListMembers': ['member', 'admin'],
  'OrgService.GetOrg': ['guest', 'member', 'admin'],
  'AccountService.GetMe': ['outsider', 'superadmin', 'guest', 'member', 'admin'],
  'AuthService.Login': ROLE_NAMES,
  'AuditService.Verify': ['admin'],
  'AdminService.ListOrgs': ['superadmin'],
  'AdminService.LookupAccount': ['superadmin'],
  'AuditService.List': ['admin'],
  'ProjectService.CreateProject': ['admin'],
  'ProjectService.ConfigureBoard': ['admin'],
  'IssueService.MoveIssue': ['member', 'admin'],
  'IssueService.CommentIssue': ['guest', 'member', 'admin'],
  'IssueService.GetIssue': ['guest', 'member', 'admin'],
};

t.test('every method as every caller: allowed exactly where the proto says', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const schema = loadApiSchema();
  let calls = 0;
  for (const method of schema.methods.values()) {
    const service = method.service.slice(method.service.lastIndexOf('.') + 1);
    const name = `${service}.${method.name}`;
    const allowed: RoleName[] = [];
    for (const role of ROLE_NAMES) {
      calls++;
      let refusal: ApiCallError | undefined;
      try {
        await fixture.callers[role].call(service, method.name, sampleRequest(service, method.name, fixture));
      } catch (error) {
        if (!(error instanceof ApiCallError)) throw error;
        // Business failures (a wrong token, a missing org) are not the pipeline's refusals.
        if (error.reason === 'NO_TOKEN' || error.reason === 'ROLE_TOO_LOW') refusal = error;
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
    if (ANCHORS[name] !== undefined) t.same(allowed, [...ANCHORS[name]!], `${name}: the anchor`);
  }
  t.ok(calls >= 6 * 36, `${calls} calls over ${schema.methods.size} methods`);
});
