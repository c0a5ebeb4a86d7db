/** SMS codes in the factors kind, with the clock in hand: 10 minutes, once, failures not reset by a new code. */
import t from 'tap';
import { factors, SMS_CODE_MS, smsCodeHash } from '../../../domain/factors/index.js';
import type { FactorsState } from '../../../domain/factors/index.js';
import { accountIdOf, contextOf, NOW, rejected, step } from '../kind-harness.js';

const ADA = accountIdOf('ada');
const PEPPER = 'ab'.repeat(32);
/** The harness draws random bytes that are all 7: the code is 0x07070707 mod 10^6. */
const CODE = String(0x07070707 % 1_000_000).padStart(6, '0');
/** A session at AAL2 whose newest factor is fresh, as setting a phone asks. */
const at = (now: number) => {
  const context = contextOf('factors', ADA);
  return { ...context, now, caller: { ...context.caller, assuranceLevel: 2, factorAt: now } };
};
const run = (state: FactorsState, payload: unknown, now = NOW) => step(factors, state, payload, at(now));
const hashOf = (code: string) => smsCodeHash(PEPPER, code);

/** An account with a confirmed phone (an authenticator enrolled before it, as SMS requires). */
function withPhone(): FactorsState {
  let state = factors.initialState(ADA);
  t.throws(
    () => run(state, { type: 'setPhone', number: '+33612345678', pepper: PEPPER }),
    rejected('NO_UNRESTRICTED_FACTOR'),
  );
  state = {
    ...state,
    totp: { secret: 'JBSWY3DPEHPK3PXP', enrolledAt: NOW, lastStep: 0 },
  };
  const pending = run(state, { type: 'setPhone', number: '+33612345678', pepper: PEPPER });
  t.same(pending.reply, { code: CODE, phone: '+33612345678' });
  return run(pending.state, { type: 'confirmPhone', codeHash: hashOf(CODE) }).state;
}

t.test('a code works once, and for 10 minutes', async (t) => {
  const state = withPhone();
  t.match(run(state, { type: 'list' }).reply, { phone: '+33•••••••78' });
  const sent = run(state, { type: 'sendSmsCode', pepper: PEPPER });
  const used = run(sent.state, { type: 'verifySms', codeHash: hashOf(CODE) });
  t.same(used.reply, { ok: true });
  t.same(run(used.state, { type: 'verifySms', codeHash: hashOf(CODE) }).reply, { ok: false, reason: 'CODE_INVALID' });
  const late = run(sent.state, { type: 'verifySms', codeHash: hashOf(CODE) }, NOW + SMS_CODE_MS);
  t.same(late.reply, { ok: false, reason: 'CODE_INVALID' }, 'not at 10 minutes');
});

t.test('a new code does not reset the count of wrong ones; five lock SMS', async (t) => {
  let state = withPhone();
  for (let i = 0; i < 4; i++) {
    state = run(state, { type: 'sendSmsCode', pepper: PEPPER }).state;
    state = run(state, { type: 'verifySms', codeHash: hashOf('999999') }).state;
  }
  t.equal(state.smsFailures.count, 4, 'four codes sent, four wrong: four failures');
  state = run(state, { type: 'sendSmsCode', pepper: PEPPER }).state;
  state = run(state, { type: 'verifySms', codeHash: hashOf('999999') }).state;
  t.match(run(state, { type: 'verifySms', codeHash: hashOf(CODE) }).reply, { ok: false, reason: 'LOCKED' });
  t.match(
    run(state, { type: 'sendSmsCode', pepper: PEPPER }).reply,
    { ok: false, reason: 'LOCKED' },
    'and no code is sent',
  );
});

t.test('below the gateway too, an API caller at AAL1 (or with a stale factor) cannot set a phone', async (t) => {
  const state = { ...factors.initialState(ADA), totp: { secret: 'JBSWY3DPEHPK3PXP', enrolledAt: NOW, lastStep: 0 } };
  const command = { type: 'setPhone', number: '+33612345678', pepper: PEPPER };
  t.throws(() => step(factors, state, command, contextOf('factors', ADA)), rejected('STEP_UP_REQUIRED'));
  const stale = { ...at(NOW), now: NOW + 16 * 60_000 };
  t.throws(() => step(factors, state, command, stale), rejected('STEP_UP_REQUIRED'), 'a factor older than 15 min');
  const system = {
    ...contextOf('factors', ADA),
    caller: { ...contextOf('factors', ADA).caller, origin: 'system' as const },
  };
  t.match(step(factors, state, command, system).reply, { code: CODE }, 'the system itself is not asked');
});
