/**
 * The audit trail through the real gateway: every org change recorded with who, session, issue
 * and digests, pages and signed checkpoints, Verify clean; then a record edited on disk with the
 * org's own key (the strongest insider) is named by Verify. And the chain rules on their own.
 */
import t from 'tap';
import { checkChain, GENESIS_HASH, recordHash } from '../../domain/index.js';
import type { AuditRecord } from '../../domain/index.js';
import { startTestGateway } from '../helpers/gateway.js';
import { setUpRoles } from '../helpers/gateway-roles.js';
import { auditTrailOnce } from '../helpers/audit-trail.js';
import { rewriteOrgRecord } from '../helpers/org-records.js';

t.test('org changes are audited in a verifiable chain; an edit on disk is named', async (t) => {
  await using gw = await startTestGateway();
  const fixture = await setUpRoles(gw);
  const admin = fixture.callers.admin;
  const renames = 300;
  for (let i = 0; i < renames; i++) {
    await admin.call(
      'OrgService',
      'UpdateOrg',
      { orgId: 'acme', name: `Acme ${i}` },
      { metadata: { 'x-redoubt-issue': 'PRJ-7' } },
    );
  }
  // The last rename's record goes out right after its reply.
  await auditTrailOnce(admin, 'acme', (records) => records.at(-1)?.seq === 307);
  const verified = await admin.call<{
    ok: boolean;
    headSeq: number;
    recordsChecked: number;
    checkpointsChecked: number;
  }>('AuditService', 'Verify', { orgId: 'acme' });
  t.match(
    verified,
    { ok: true, headSeq: 307, recordsChecked: 307, problems: [] },
    'the org, 2 members, a project, its 2 members, an issue, and 300 renames',
  );
  t.equal(verified.checkpointsChecked, 4, 'a signed checkpoint every 64 records');

  const { records } = await admin.call<{ records: AuditRecord[] }>('AuditService', 'List', {
    orgId: 'acme',
    afterSeq: 0,
    limit: 4,
  });
  t.match(records[0], {
    seq: 1,
    action: 'org.create',
    target: 'org/acme',
    accountId: fixture.accounts.superadmin.accountId,
    sessionId: fixture.accounts.superadmin.sessionId,
    before: '',
  });
  t.match(records[1], { seq: 2, action: 'org.members.add', accountId: fixture.accounts.admin.accountId });
  const later = await admin.call<{ records: AuditRecord[] }>('AuditService', 'List', {
    orgId: 'acme',
    afterSeq: 299,
    limit: 4,
  });
  t.same(
    later.records.map((r) => r.seq),
    [300, 301, 302, 303],
    'after_seq pages through the trail (across stored pages)',
  );
  const across = await admin.call<{ records: AuditRecord[] }>('AuditService', 'List', {
    orgId: 'acme',
    afterSeq: 250,
    limit: 10,
  });
  t.same(
    across.records.map((r) => r.seq),
    [251, 252, 253, 254, 255, 256, 257, 258, 259, 260],
    'a page that does not fill the limit is followed by the records after it',
  );
  t.match(later.records[0], { action: 'org.update', issueId: 'PRJ-7' }, 'the issue the change served');
  t.not(later.records[0]!.before, later.records[0]!.after, 'before and after digests differ for a rename');
  await t.rejects(fixture.callers.member.call('AuditService', 'Verify', { orgId: 'acme' }), {
    code: 'PERMISSION_DENIED',
  });

  // An insider with the disk and the keys edits record 10 (in the first stored page).
  await gw.solo.node.close();
  await rewriteOrgRecord(gw.solo.dataDir, gw.solo.keyFile, 'acme', 'audit-page/acme/0', 1, (body) => {
    const [event] = body.events as { type: string; records: AuditRecord[] }[];
    const records = event!.records.map((record) =>
      record.seq === 10 ? { ...record, issueId: 'NOT-THE-ISSUE' } : record,
    );
    return { ...body, events: [{ ...event!, records }] };
  });
  const node = await gw.solo.restart();
  const { ApiClient } = await import('../../gateway/index.js');
  const again = ApiClient.connect(`127.0.0.1:${node.grpcPort!}`, {
    ca: gw.ca,
    protos: gw.protos,
    serverName: 'localhost',
  });
  t.teardown(() => again.close());
  const login = await again.call<{ accessToken: string }>('AuthService', 'Login', {
    email: 'admin@example.org',
    password: 'correct horse battery staple',
  });
  const after = await again.call<{ ok: boolean; problems: { seq: number; kind: string }[] }>(
    'AuditService',
    'Verify',
    { orgId: 'acme' },
    { token: login.accessToken },
  );
  t.equal(after.ok, false, 'verification fails');
  t.match(after.problems, [{ seq: 10, kind: 'EDITED' }], 'and names record 10');
});

t.test('the chain rules name edited, removed, reordered and relinked records', async (t) => {
  const records: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= 6; seq++) {
    const base = {
      seq,
      at: 1000 + seq,
      accountId: 'a',
      sessionId: 's',
      issueId: '',
      action: 'x',
      target: 'org/o',
      before: '',
      after: '',
      prev,
    };
    const record = { ...base, hash: recordHash(base) };
    records.push(record);
    prev = record.hash;
  }
  t.same(checkChain(records, GENESIS_HASH), [], 'an intact chain');
  const edited = records.map((r) => (r.seq === 3 ? { ...r, action: 'y' } : r));
  t.match(checkChain(edited, GENESIS_HASH), [{ seq: 3, kind: 'EDITED' }]);
  const rehashed = records.map((r) =>
    r.seq === 3 ? { ...r, action: 'y', hash: recordHash({ ...r, action: 'y' }) } : r,
  );
  t.match(
    checkChain(rehashed, GENESIS_HASH),
    [{ seq: 4, kind: 'BROKEN_LINK' }],
    'a re-hashed edit breaks the next link',
  );
  t.match(
    checkChain(
      records.filter((r) => r.seq !== 4),
      GENESIS_HASH,
    ),
    [
      { seq: 4, kind: 'REMOVED' },
      { seq: 5, kind: 'BROKEN_LINK' },
    ],
  );
  const swapped = [records[0]!, records[2]!, records[1]!, ...records.slice(3)];
  t.match(checkChain(swapped, GENESIS_HASH), [
    { kind: 'REMOVED' },
    { kind: 'BROKEN_LINK' },
    { seq: 2, kind: 'REORDERED' },
    { seq: 2, kind: 'BROKEN_LINK' },
  ]);
});
