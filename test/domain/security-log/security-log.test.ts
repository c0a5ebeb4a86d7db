/** An account's security log: each source record once, entries by time, the newest 200 kept, bad entries refused. */
import t from 'tap';
import { securityLog } from '../../../domain/index.js';
import type { SecurityLogState } from '../../../domain/security-log/index.js';
import { accountIdOf, contextOf, invalid, NOW, step } from '../kind-harness.js';

const ADA = accountIdOf('ada');
const context = contextOf('security-log', ADA);
const run = (state: SecurityLogState, payload: unknown) => step(securityLog, state, payload, context);
const record = (action: string, at: number, entity: string, seq: number) => ({
  type: 'record',
  entry: { action, at },
  source: { entity, seq },
});

t.test('a source record is logged once; entries come back newest first, by time', async (t) => {
  let state = securityLog.initialState(ADA);
  state = run(state, record('login', NOW, 'session/ses_a', 1)).state;
  const again = run(state, record('login', NOW, 'session/ses_a', 1));
  t.same(again.events, [], 'a tell delivered again records nothing');
  t.same(again.reply, { recorded: false });
  state = run(state, record('factor.enrolled', NOW + 20, `factors/${ADA}`, 1)).state;
  // Delivered after the factor's entry, though it happened before it.
  state = run(state, record('session.step_up', NOW + 10, 'session/ses_a', 2)).state;
  t.same(
    (run(state, { type: 'list' }).reply as { readonly entries: readonly { action: string }[] }).entries.map(
      (entry) => entry.action,
    ),
    ['factor.enrolled', 'session.step_up', 'login'],
  );
  t.same((run(state, { type: 'list', limit: 1 }).reply as { readonly entries: readonly unknown[] }).entries.length, 1);
});

t.test('the newest 200 entries are kept', async (t) => {
  let state = securityLog.initialState(ADA);
  for (let i = 1; i <= 205; i++) state = run(state, record('login', NOW + i, `session/ses_${i}`, 1)).state;
  const { entries } = run(state, { type: 'list' }).reply as { readonly entries: readonly { at: number }[] };
  t.equal(entries.length, 200);
  t.equal(entries[0]!.at, NOW + 205);
  t.equal(entries.at(-1)!.at, NOW + 6);
});

t.test('bad records are refused, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ ...record('Login!', NOW, 'session/ses_a', 1) }, 'action'],
    [{ ...record('login', NOW, 'session/ses_a', 0) }, 'seq'],
    [
      { type: 'record', entry: { action: 'login', at: NOW, detail: 'x'.repeat(201) }, source: { entity: 'e', seq: 1 } },
      'detail',
    ],
    [{ type: 'list', limit: 500 }, 'limit'],
  ];
  for (const [payload, field] of cases) t.throws(() => run(securityLog.initialState(ADA), payload), invalid(field));
});
