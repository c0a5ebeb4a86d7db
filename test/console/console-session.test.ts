/**
 * A scripted admin session with the real `redoubt` command against a real gateway: login saves a
 * 0600 session, commands are built from the .proto files, lists print as tables or JSON, and bad
 * command lines and failed calls say why.
 */
import { stat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import t from 'tap';
import { callAdmin } from '../../nodes/admin/admin-client.js';
import { PASSWORD, startTestGateway } from '../helpers/gateway.js';
import { runCli } from '../helpers/run-cli.js';

t.test('an operator creates an org, adds a member and lists members from the console', async (t) => {
  await using gw = await startTestGateway();
  const { accountId: rootId } = (await callAdmin(gw.solo.dataDir, {
    op: 'create-superadmin',
    email: 'root@example.org',
    displayName: 'Root',
    password: PASSWORD,
  })) as { accountId: string };
  const bob = await gw.signUpAndLogin('bob@example.org');
  const sessionFile = join(gw.solo.dir, 'console.json');
  const env = { ...process.env, REDOUBT_CONSOLE_FILE: sessionFile };
  const redoubt = (args: string[], stdin?: string) => runCli(args, { env, ...(stdin === undefined ? {} : { stdin }) });

  const login = await redoubt(
    ['console', 'login', '--email', 'root@example.org', '--address', gw.address, '--ca', gw.solo.node.caFile!],
    `${PASSWORD}\n`,
  );
  t.equal(login.status, 0, login.stderr);
  t.match(login.stdout, new RegExp(`logged in as ${rootId}`));
  t.equal((await stat(sessionFile)).mode & 0o777, 0o600, 'the session file is 0600');
  t.notOk((await readFile(sessionFile, 'utf8')).includes(PASSWORD), 'no password in it');

  const me = await redoubt(['account', 'get-me']);
  t.equal(me.status, 0, me.stderr);
  t.match(me.stdout, /superadmin\s+true/);

  const created = await redoubt([
    'org',
    'create-org',
    '--org-id',
    'acme',
    '--name',
    'Acme',
    '--home-region',
    'local',
    '--admin-account-id',
    rootId,
  ]);
  t.equal(created.status, 0, created.stderr);
  t.match(created.stdout, /org_id\s+acme/);

  const added = await redoubt([
    'org',
    'add-member',
    '--org-id',
    'acme',
    '--account-id',
    bob.accountId,
    '--role',
    'member',
  ]);
  t.equal(added.status, 0, added.stderr);
  t.match(added.stdout, /role\s+member/);

  const listed = await redoubt(['console', 'org', 'list-members', '--org-id', 'acme']);
  t.equal(listed.status, 0, listed.stderr);
  const [header, ...rows] = listed.stdout.trimEnd().split('\n');
  t.match(header, /^ACCOUNT_ID\s+ROLE\s+SINCE$/, 'a table with the fields as columns');
  t.equal(rows.length, 2);
  t.ok(rows.some((row) => row.startsWith(rootId) && /\sadmin\s/.test(row)));
  t.ok(rows.some((row) => row.startsWith(bob.accountId) && /\smember\s/.test(row)));

  const asJson = await redoubt(['org', 'list-members', '--org-id', 'acme', '--output', 'json']);
  t.equal((JSON.parse(asJson.stdout) as { members: unknown[] }).members.length, 2, '--output json');
  const renamed = await redoubt(['org', 'update-org', '--json', '{"orgId":"acme","name":"Acme Corp"}']);
  t.equal(renamed.status, 0, renamed.stderr);
  t.match(JSON.parse(renamed.stdout), { orgId: 'acme', name: 'Acme Corp' }, '--json in, JSON out');

  // A project, an invited external, and a card moved across the board.
  const projectMade = await redoubt([
    'project',
    'create-project',
    '--org',
    'acme',
    '--project',
    'web',
    '--name',
    'Website',
  ]);
  t.equal(projectMade.status, 0, projectMade.stderr);
  const invited = await redoubt([
    'project',
    'add-project-member',
    '--org-id',
    'acme',
    '--project-id',
    'web',
    '--account-id',
    bob.accountId,
    '--role',
    'guest',
    '--external',
  ]);
  t.equal(invited.status, 0, invited.stderr);
  const opened = await redoubt([
    'issue',
    'create-issue',
    '--org',
    'acme',
    '--project',
    'web',
    '--title',
    'Fix the login page',
  ]);
  t.equal(opened.status, 0, opened.stderr);
  t.match(opened.stdout, /column\s+backlog/);
  const moved = await redoubt([
    'issue',
    'move-issue',
    '--org',
    'acme',
    '--project',
    'web',
    '--number',
    '1',
    '--column',
    'doing',
    '--issue',
    'WEB-1',
  ]);
  t.equal(moved.status, 0, moved.stderr);
  const board = await redoubt(['issue', 'list-issues', '--org', 'acme', '--project', 'web']);
  t.match(board.stdout, /^NUMBER\s+TITLE\s+COLUMN\n1\s+Fix the login page\s+doing$/m, 'the board as a table');

  const audited = await redoubt(['audit', 'verify', '--org', 'acme']);
  t.equal(audited.status, 0, audited.stderr);
  t.match(audited.stdout, /ok\s+true/);
  t.match(audited.stdout, /records_checked\s+7/, 'org, member, rename, project, invite, issue and move were audited');
  const trail = await redoubt(['audit', 'list', '--org', 'acme', '--output', 'json']);
  const moveRecord = (
    JSON.parse(trail.stdout) as { records: { action: string; issueId: string; target: string }[] }
  ).records.find((record) => record.action === 'issue.move');
  t.match(moveRecord, { issueId: 'WEB-1', target: 'issue/acme/web/1' }, 'the move names the issue it served');
  const log = await redoubt(['audit', 'list', '--org', 'acme']);
  t.equal(log.status, 0, log.stderr);
  t.match(log.stdout, /^SEQ\s+AT\s+ACCOUNT_ID/);
  t.match(log.stdout, /org\.members\.add/);

  const invalid = await redoubt(['org', 'get-org', '--org-id', 'NOT VALID']);
  t.equal(invalid.status, 1);
  t.match(invalid.stderr, /INVALID_ARGUMENT: org_id: must be 1 to 63 lower-case letters.* \(field org_id\) \[format\]/);
  const denied = await redoubt(['org', 'get-org', '--org-id', 'other']);
  t.equal(denied.status, 1);
  t.match(denied.stderr, /PERMISSION_DENIED: .*not a member \[ROLE_TOO_LOW\]/);

  for (const [args, message] of [
    [['org', 'get-org', '--orgid', 'acme'], /unknown flag --orgid; this command's fields: --org-id/],
    [['org', 'launch'], /unknown command "launch" of org; commands: create-org/],
    [
      ['console', 'nosuch', 'x'],
      // Every module's service, in order (the list grows with modules).
      /unknown service "nosuch"; services: account, admin, audit, auth, (\w+, )*project/,
    ],
    [
      ['org', 'add-member', '--org-id', 'acme', '--account-id', bob.accountId, '--role', 'owner'],
      /--role: "owner" is not one of ROLE_GUEST, ROLE_MEMBER, ROLE_ADMIN/,
    ],
    [
      ['org', 'get-org', '--org-id', 'acme', '--ca', '/nonexistent/ca.pem'],
      /cannot read the gateway's CA bundle .*TLS verification is never turned off/,
    ],
  ] as const) {
    const result = await redoubt([...args]);
    t.equal(result.status, 2, `${args.join(' ')} exits 2`);
    t.match(result.stderr, message);
  }
  const stranger = await runCli(['org', 'get-org', '--org-id', 'acme'], {
    env: { ...process.env, REDOUBT_CONSOLE_FILE: join(gw.solo.dir, 'nobody.json') },
  });
  t.equal(stranger.status, 2);
  t.match(stranger.stderr, /not logged in: run redoubt console login/);

  const logout = await redoubt(['console', 'logout']);
  t.equal(logout.status, 0);
  await t.rejects(stat(sessionFile), { code: 'ENOENT' }, 'logout deletes the session');
});
