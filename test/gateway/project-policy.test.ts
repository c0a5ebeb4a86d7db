/** Projects treat external members by their policy: export, and a second factor, with org defaults. */
import t from 'tap';
import { startTestGateway } from '../helpers/gateway.js';
import { PROJECT, setUpRoles } from '../helpers/gateway-roles.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';

t.test('externals may be kept from exporting, and asked for a second factor by the org default', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const { admin, guest, member } = fixture.callers;
  const web = { orgId: 'acme', projectId: PROJECT };
  t.match(
    await guest.call('IssueService', 'ExportIssues', web),
    { issues: [{ number: 1 }] },
    'externals export by default',
  );

  await admin.call('ProjectService', 'SetProjectPolicy', { ...web, externalsMayExport: false });
  await t.rejects(guest.call('IssueService', 'ExportIssues', web), {
    code: 'PERMISSION_DENIED',
    reason: 'EXPORT_NOT_ALLOWED',
  });
  t.match(
    await member.call('IssueService', 'ExportIssues', web),
    { issues: [{ number: 1 }] },
    'internal members still export',
  );
  t.match(
    await guest.call('IssueService', 'ListIssues', web),
    { issues: [{ number: 1 }] },
    'and the external still reads the board',
  );

  const settings = await admin.call('OrgService', 'UpdateOrgSettings', {
    orgId: 'acme',
    externalsNeedSecondFactorByDefault: true,
    externalsMayExportByDefault: false,
  });
  t.match(settings, { externalsNeedSecondFactorByDefault: true, externalsMayExportByDefault: false });
  const secret = await admin.call('ProjectService', 'CreateProject', {
    orgId: 'acme',
    projectId: 'secret',
    name: 'Secret',
  });
  t.match(
    secret,
    { externalsNeedSecondFactor: true, externalsMayExport: false },
    'a new project starts with the org defaults',
  );
  await admin.call('ProjectService', 'AddProjectMember', {
    orgId: 'acme',
    projectId: 'secret',
    accountId: fixture.accounts.guest.accountId,
    role: 'ROLE_MEMBER',
    external: true,
  });
  await t.rejects(
    guest.call('ProjectService', 'GetProject', { orgId: 'acme', projectId: 'secret' }),
    { code: 'PERMISSION_DENIED', reason: 'SECOND_FACTOR_REQUIRED' },
    'an external without a second factor is kept out',
  );
  t.match(await member.call('ProjectService', 'GetProject', { orgId: 'acme', projectId: 'web' }), { name: 'Website' });
  t.match(
    await guest.call('ProjectService', 'GetProject', web),
    { name: 'Website' },
    'the older project keeps its policy',
  );
  const trail = await auditTrailOnce(admin, 'acme', (records) =>
    records.some((record) => record.action === 'project.policy.set'),
  );
  const actions = trail.map((record) => record.action);
  t.ok(actions.includes('org.settings.update') && actions.includes('project.policy.set'), 'policy changes are audited');
});
