/**
 * Every RPC of the modules the node runs, called as every kind of caller over real TLS and gRPC:
 * allowed exactly where its `(access)` option says, refused (UNAUTHENTICATED without a token,
 * PERMISSION_DENIED with a too low role) everywhere else. The methods and their sample requests
 * come from the modules (test/helpers/role-matrix.ts); a few anchors are written out by hand, so a
 * wrong option in a .proto file fails here too.
 */
import t from 'tap';
import { startTestGateway } from '../helpers/gateway.js';
import { ROLE_NAMES, setUpRoles } from '../helpers/gateway-roles.js';
import type { RoleName } from '../helpers/gateway-roles.js';
import { checkRoleMatrix } from '../helpers/role-matrix.js';

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
  const { calls, methods } = await checkRoleMatrix(t, gw, fixture, { anchors: ANCHORS });
  t.ok(calls >= 6 * 36, `${calls} calls over ${methods} methods`);
});
