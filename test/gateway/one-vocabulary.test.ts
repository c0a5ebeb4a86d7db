/**
 * One vocabulary, seen from outside over real TLS and gRPC: a region, an id or a name that some
 * layer would refuse is refused at the gateway with INVALID_ARGUMENT naming the field, before any
 * step ran; lengths are counted in code points at the edge and below it; names hold no control
 * characters; an issue is assigned to members of its project only.
 */
import { status } from '@grpc/grpc-js';
import t from 'tap';
import { isNotFound } from '../../actors/index.js';
import { issue, org } from '../../domain/index.js';
import type { IssueState } from '../../domain/index.js';
import type { ApiClient } from '../../gateway/index.js';
import { orgHome } from '../../registry/index.js';
import { startTestGateway } from '../helpers/gateway.js';
import { PROJECT, setUpRoles } from '../helpers/gateway-roles.js';

/** The refusal of a call that must fail. */
async function refusal(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => undefined,
    (error: unknown) => error,
  );
}

const HOSTILE = {
  'an escape sequence': 'Acme\u001b[2J',
  'a C1 control (CSI)': 'Acme\u009b2J',
  'a right-to-left override': 'Acme\u202eemca',
  'a bidi isolate': 'Acme\u2066x',
  DEL: 'Acme\u007f',
  'a newline': 'Acme\nCorp',
} as const;

t.test('the gateway speaks the one vocabulary', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const { admin, member, superadmin, anonymous } = fixture.callers;
  const client = gw.solo.node.client;
  const web = { orgId: fixture.orgId, projectId: PROJECT };

  await t.test('a near-miss region or org id is refused at the gateway, before any step ran', async (t) => {
    const cases: [orgId: string, homeRegion: string, field: string][] = [
      ['near-1', '1eu', 'home_region'],
      ['near-2', '-eu', 'home_region'],
      ['near-3', 'EU', 'home_region'],
      ['near-4', 'eu_north', 'home_region'],
      ['near-5', `e${'u'.repeat(32)}`, 'home_region'],
      ['near-6', 'eu\u001b', 'home_region'],
      ['Near-7', 'eu', 'org_id'],
      ['near 8', 'eu', 'org_id'],
      [`n${'e'.repeat(63)}`, 'eu', 'org_id'],
    ];
    for (const [orgId, homeRegion, field] of cases) {
      const error = await refusal(
        superadmin.call('OrgService', 'CreateOrg', {
          orgId,
          name: 'Near miss',
          homeRegion,
          adminAccountId: fixture.accounts.member.accountId,
        }),
      );
      t.match(
        error,
        { status: status.INVALID_ARGUMENT, code: 'INVALID_ARGUMENT', field, reason: 'format', message: /must be/ },
        `org ${JSON.stringify(orgId)} in ${JSON.stringify(homeRegion)}: refused naming ${field}`,
      );
      if (field !== 'home_region') continue;
      // Nothing was done: no org, no directory entry, not in the platform's list.
      t.ok(isNotFound(await refusal(client.ask(org, orgId, { type: 'get' }))), `${orgId}: no org`);
      t.ok(isNotFound(await refusal(client.ask(orgHome, orgId, { type: 'lookup' }))), `${orgId}: no directory entry`);
    }
    const { orgs } = await superadmin.call<{ orgs: { orgId: string }[] }>('AdminService', 'ListOrgs', {});
    t.same(
      orgs.map((entry) => entry.orgId),
      ['acme'],
      'no org was indexed',
    );
  });

  await t.test('a name holding a control character is refused wherever a name is taken', async (t) => {
    const calls: [caller: ApiClient, service: string, method: string, request: object, field: string][] = [
      [
        superadmin,
        'OrgService',
        'CreateOrg',
        { orgId: 'hostile', homeRegion: 'local', adminAccountId: fixture.accounts.admin.accountId },
        'name',
      ],
      [admin, 'OrgService', 'UpdateOrg', { orgId: 'acme' }, 'name'],
      [admin, 'ProjectService', 'CreateProject', { orgId: 'acme', projectId: 'hostile' }, 'name'],
      [member, 'AccountService', 'UpdateProfile', {}, 'display_name'],
      [
        anonymous,
        'AuthService',
        'SignUp',
        { email: 'hostile@example.org', password: 'a long enough password' },
        'display_name',
      ],
      [member, 'IssueService', 'CreateIssue', web, 'title'],
    ];
    for (const [caller, service, method, request, field] of calls) {
      const key = field === 'display_name' ? 'displayName' : field;
      for (const [what, value] of Object.entries(HOSTILE)) {
        t.match(
          await refusal(caller.call(service, method, { ...request, [key]: value })),
          { status: status.INVALID_ARGUMENT, field, reason: 'format', message: /must not contain control characters/ },
          `${service}.${method} ${field} with ${what}: refused`,
        );
      }
    }
    // Texts of several lines (a comment, an issue's body) take newlines and nothing else.
    for (const [what, value] of Object.entries(HOSTILE)) {
      const comment = await refusal(member.call('IssueService', 'CommentIssue', { ...web, number: 1, text: value }));
      const body = await refusal(member.call('IssueService', 'CreateIssue', { ...web, title: 'Fine', body: value }));
      if (what === 'a newline') {
        t.equal(comment, undefined, 'a comment may have several lines');
        t.equal(body, undefined, 'so may an issue body');
        continue;
      }
      const refused = { status: status.INVALID_ARGUMENT, reason: 'format', message: /control characters/ };
      t.match(comment, { ...refused, field: 'text' }, `a comment with ${what}: refused`);
      t.match(body, { ...refused, field: 'body' }, `an issue body with ${what}: refused`);
    }
    t.match(await admin.call('OrgService', 'GetOrg', { orgId: 'acme' }), { name: 'Acme' }, 'the org kept its name');
    t.ok(isNotFound(await refusal(client.ask(org, 'hostile', { type: 'get' }))), 'no hostile org was made');
  });

  await t.test(
    'lengths are code points at the edge and below: emoji at the limit pass, one over is refused',
    async (t) => {
      const emoji = (n: number) => '🦊'.repeat(n);
      t.match(await admin.call('OrgService', 'UpdateOrg', { orgId: 'acme', name: emoji(200) }), { name: emoji(200) });
      t.match(await admin.call('OrgService', 'GetOrg', { orgId: 'acme' }), { name: emoji(200) }, 'stored whole');
      t.match(
        await refusal(admin.call('OrgService', 'UpdateOrg', { orgId: 'acme', name: emoji(201) })),
        { status: status.INVALID_ARGUMENT, field: 'name', reason: 'max_len', message: /at most 200 characters/ },
        '201 emoji: refused at the gateway, naming the same limit',
      );
      t.match(await member.call('AccountService', 'UpdateProfile', { displayName: emoji(100) }), {
        displayName: emoji(100),
      });
      t.match(await refusal(member.call('AccountService', 'UpdateProfile', { displayName: emoji(101) })), {
        status: status.INVALID_ARGUMENT,
        field: 'display_name',
        reason: 'max_len',
        message: /at most 100 characters/,
      });
      const opened = await member.call<{ title: string }>('IssueService', 'CreateIssue', { ...web, title: emoji(200) });
      t.equal(opened.title, emoji(200), 'an issue title of 200 emoji');
      await admin.call('OrgService', 'UpdateOrg', { orgId: 'acme', name: 'Acme' });
    },
  );

  await t.test('an issue is assigned to members of its project only', async (t) => {
    const { accounts, extra } = fixture;
    const entity = `acme/${PROJECT}/1`;
    const before = (await client.ask(issue, entity, { type: 'get' })) as IssueState;
    const error = await refusal(
      member.call('IssueService', 'AssignIssue', {
        ...web,
        number: 1,
        assigneeIds: [accounts.member.accountId, extra.accountId],
      }),
    );
    t.match(
      error,
      {
        status: status.FAILED_PRECONDITION,
        code: 'COMMAND_REJECTED',
        reason: 'NOT_A_MEMBER',
        field: 'assignee_ids[1]',
        message: new RegExp(`${extra.accountId} is not a member of project acme/${PROJECT}`),
      },
      'an account outside the project is refused, by its place in the list',
    );
    t.match(
      await refusal(
        member.call('IssueService', 'AssignIssue', { ...web, number: 1, assigneeIds: [`acc_${'Z'.repeat(22)}`] }),
      ),
      { status: status.FAILED_PRECONDITION, reason: 'NOT_A_MEMBER' },
      'so is an account that does not exist',
    );
    t.same(((await client.ask(issue, entity, { type: 'get' })) as IssueState).assignees, before.assignees, 'unchanged');
    const assignees = [accounts.member.accountId, accounts.guest.accountId, accounts.admin.accountId];
    t.match(
      await member.call('IssueService', 'AssignIssue', { ...web, number: 1, assigneeIds: assignees }),
      { assigneeIds: assignees },
      'a member, an external guest and an admin of the org are assigned',
    );
  });
});
