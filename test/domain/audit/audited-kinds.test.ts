/**
 * What the org, project and issue kinds tell the audit trail of their changes (their outbox): the
 * permission used, the entity, who and through which session, digests that follow the change,
 * and nothing for bookkeeping.
 */
import t from 'tap';
import type { AnyEntityKind, CommandShape } from '../../../actors/index.js';
import { issue, org, project, stateDigest } from '../../../domain/index.js';
import type { AuditMessage } from '../../../domain/index.js';
import { accountIdOf, API_CALLER, contextOf, given, step } from '../kind-harness.js';

const ADA = accountIdOf('ada');
const BOB = accountIdOf('bob');
const POLICY = { externalsNeedSecondFactor: false, externalsMayExport: true };

/** The outbox message of `payload` on the entity after `history`. */
function told(kind: AnyEntityKind, id: string, history: unknown[], payload: CommandShape): AuditMessage | undefined {
  const before = given(kind, id, history);
  const context = contextOf(kind.kind, id, { nextSeq: history.length + 1 });
  const { state: after } = step(kind, before, payload, context);
  return kind.outbox?.({ before, after, command: kind.parseCommand(payload), context }) as AuditMessage | undefined;
}

t.test('an org tells its creation, members, renames and settings; not its list of projects', async (t) => {
  const create = { type: 'create', name: 'Acme', homeRegion: 'eu-north', adminAccountId: ADA };
  t.match(told(org, 'acme', [], create), {
    type: 'audit',
    orgId: 'acme',
    entry: {
      action: 'org.create',
      target: 'org/acme',
      accountId: API_CALLER.accountId,
      sessionId: API_CALLER.sessionId,
      before: '',
      after: stateDigest({ name: 'Acme', homeRegion: 'eu-north', adminAccountId: ADA }),
    },
  });
  const added = told(org, 'acme', [create], { type: 'addMember', accountId: BOB, role: 'member' } as CommandShape);
  t.match(added?.entry, {
    action: 'org.members.add',
    before: '',
    after: stateDigest({ accountId: BOB, role: 'member' }),
  });
  const renamed = told(org, 'acme', [create], { type: 'rename', name: 'Acme Corp' } as CommandShape);
  t.match(renamed?.entry, { action: 'org.update', before: stateDigest({ name: 'Acme' }) });
  t.not(renamed?.entry.before, renamed?.entry.after, 'the digests follow the change');
  t.equal(
    told(org, 'acme', [create], { type: 'addProject', projectId: 'web', name: 'Web' } as CommandShape),
    undefined,
    'the project audits its own creation',
  );
});

t.test('a project and an issue tell their changes under the org of their id', async (t) => {
  const create = { type: 'create', name: 'Web', adminAccountId: ADA, policy: POLICY };
  t.match(told(project, 'acme/web', [], create), {
    orgId: 'acme',
    entry: { action: 'project.create', target: 'project/acme/web', before: '' },
  });
  t.match(
    told(project, 'acme/web', [create], {
      type: 'setPolicy',
      policy: { ...POLICY, externalsMayExport: false },
    } as CommandShape)?.entry,
    { action: 'project.policy.set' },
  );
  t.equal(
    told(project, 'acme/web', [create], { type: 'openIssue', title: 'A card', column: 'backlog' } as CommandShape),
    undefined,
    'numbering a card is bookkeeping',
  );
  const open = { type: 'create', title: 'A card', body: '', column: 'backlog', createdBy: ADA };
  const moved = told(issue, 'acme/web/1', [open], { type: 'move', column: 'doing' } as CommandShape);
  t.match(moved, {
    orgId: 'acme',
    entry: {
      action: 'issue.move',
      target: 'issue/acme/web/1',
      before: stateDigest({ column: 'backlog' }),
      after: stateDigest({ column: 'doing' }),
    },
  });
});
