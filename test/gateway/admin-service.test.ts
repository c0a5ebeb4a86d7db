/** AdminService: the platform's orgs and account lookup, for superadmins only. */
import t from 'tap';
import { startTestGateway } from '../helpers/gateway.js';
import { setUpRoles } from '../helpers/gateway-roles.js';

t.test('a superadmin lists the orgs with their home regions and looks accounts up by email', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const root = fixture.callers.superadmin;
  await root.call('OrgService', 'CreateOrg', {
    orgId: 'beta',
    name: 'Beta',
    homeRegion: 'eu-north',
    adminAccountId: fixture.accounts.member.accountId,
  });
  t.match(await root.call('AdminService', 'ListOrgs', {}), {
    orgs: [
      { orgId: 'acme', name: 'Acme', homeRegion: 'local' },
      { orgId: 'beta', name: 'Beta', homeRegion: 'eu-north' },
    ],
  });
  t.match(await root.call('AdminService', 'LookupAccount', { email: 'Member@Example.org' }), {
    accountId: fixture.accounts.member.accountId,
    emailVerified: true,
    superadmin: false,
  });
  await t.rejects(root.call('AdminService', 'LookupAccount', { email: 'nobody@example.org' }), {
    code: 'COMMAND_REJECTED',
    reason: 'NOT_FOUND',
  });
  await t.rejects(fixture.callers.admin.call('AdminService', 'ListOrgs', {}), { code: 'PERMISSION_DENIED' });
});
