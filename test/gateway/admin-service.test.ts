/** AdminService: the platform's orgs and account lookup, for superadmins only. */
import { status } from '@grpc/grpc-js';
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
    code: 'NOT_FOUND',
    status: status.NOT_FOUND,
  });
  await t.rejects(fixture.callers.admin.call('AdminService', 'ListOrgs', {}), { code: 'PERMISSION_DENIED' });

  await t.test('ListOrgs shows an org by its current name after a rename', async (t) => {
    await fixture.callers.admin.call('OrgService', 'UpdateOrg', { orgId: 'acme', name: 'Acme Renamed' });
    const { orgs } = await root.call<{ orgs: { orgId: string; name: string; homeRegion: string }[] }>(
      'AdminService',
      'ListOrgs',
      {},
    );
    t.same(
      orgs.map(({ orgId, name, homeRegion }) => ({ orgId, name, homeRegion })),
      [
        { orgId: 'acme', name: 'Acme Renamed', homeRegion: 'local' },
        { orgId: 'beta', name: 'Beta', homeRegion: 'eu-north' },
      ],
      'the renamed org is listed once, under its new name, the other unchanged',
    );
    await fixture.callers.admin.call('OrgService', 'UpdateOrg', { orgId: 'acme', name: 'Acme Renamed' });
    t.match(
      await root.call('AdminService', 'ListOrgs', {}),
      {
        orgs: [
          { orgId: 'acme', name: 'Acme Renamed' },
          { orgId: 'beta', name: 'Beta' },
        ],
      },
      'renaming to the same name again changes nothing',
    );
  });
});
