/**
 * The passkeys kind's decisions: a registration challenge works once and expires; a credential
 * registers once; an assertion's challenge works once; the counter policy (a device-bound key must
 * count up, a synced passkey may stay at 0); removal needs a recent second factor; the security log.
 */
import t from 'tap';
import { passkeys } from '../../../domain/passkeys/index.js';
import type { NewPasskey, PasskeysState } from '../../../domain/passkeys/index.js';
import type { EntityContext } from '../../../actors/index.js';
import { accountIdOf, contextOf, invalid, NOW, rejected, step } from '../kind-harness.js';

const ADA = accountIdOf('ada');
const CHALLENGE = Buffer.alloc(32, 7).toString('base64url');
const KEY = (id: string, counter: number, deviceType: NewPasskey['deviceType']): NewPasskey => ({
  id,
  publicKey: Buffer.alloc(77, 1).toString('base64url'),
  counter,
  deviceType,
  backedUp: deviceType === 'multiDevice',
  transports: ['internal'],
  aaguid: '00000000-0000-0000-0000-000000000000',
  name: `key ${id.slice(0, 4)}`,
});
const SECURITY_KEY = KEY('c2VjdXJpdHkta2V5LWlkLTAx', 5, 'singleDevice');
const SYNCED = KEY('c3luY2VkLXBhc3NrZXktaWQtMDE', 0, 'multiDevice');

function at(now: number, assurance?: { level: number; factorAt: number }): EntityContext {
  const context = contextOf('passkeys', ADA);
  return {
    ...context,
    now,
    caller: { ...context.caller, ...(assurance && { assuranceLevel: assurance.level, factorAt: assurance.factorAt }) },
  };
}
const run = (state: PasskeysState, payload: unknown, now = NOW, assurance?: { level: number; factorAt: number }) =>
  step(passkeys, state, payload, at(now, assurance));

function registered(...keys: NewPasskey[]): PasskeysState {
  let state = passkeys.initialState(ADA);
  for (const passkey of keys) {
    state = run(state, { type: 'startRegistration' }).state;
    state = run(state, { type: 'register', challenge: CHALLENGE, passkey }).state;
  }
  return state;
}

const assertion = (id: string, counter: number, hash: string) => ({
  type: 'authenticate',
  id,
  counter,
  challengeHash: hash.repeat(64).slice(0, 64),
  challengeExpiresAt: NOW + 300_000,
});

t.test('a registration challenge works once, for five minutes; a credential registers once', async (t) => {
  const fresh = passkeys.initialState(ADA);
  const started = run(fresh, { type: 'startRegistration' });
  t.same(started.reply, { challenge: CHALLENGE, exclude: [] }, 'the challenge comes from the entity');
  t.throws(
    () => run(started.state, { type: 'register', challenge: CHALLENGE, passkey: SECURITY_KEY }, NOW + 300_001),
    rejected('NO_REGISTRATION'),
    'expired after five minutes',
  );
  t.throws(
    () => run(started.state, { type: 'register', challenge: 'A'.repeat(43), passkey: SECURITY_KEY }),
    rejected('NO_REGISTRATION'),
    'another challenge is not this one',
  );
  const done = run(started.state, { type: 'register', challenge: CHALLENGE, passkey: SECURITY_KEY });
  t.match(done.reply, { ok: true, passkey: { id: SECURITY_KEY.id, name: SECURITY_KEY.name } });
  t.notOk('publicKey' in (done.reply as { passkey: object }).passkey, 'no key material in replies');
  t.throws(
    () => run(done.state, { type: 'register', challenge: CHALLENGE, passkey: SYNCED }),
    rejected('NO_REGISTRATION'),
    'the challenge is spent',
  );
  const again = run(done.state, { type: 'startRegistration' });
  t.same((again.reply as unknown as { exclude: unknown[] }).exclude, [
    { id: SECURITY_KEY.id, transports: ['internal'] },
  ]);
  t.throws(
    () => run(again.state, { type: 'register', challenge: CHALLENGE, passkey: SECURITY_KEY }),
    rejected('ALREADY_EXISTS'),
    'the same credential twice',
  );
});

t.test('an assertion: its challenge once; a device-bound key counts up; a synced one may stay at 0', async (t) => {
  const state = registered(SECURITY_KEY, SYNCED);
  const first = run(state, assertion(SECURITY_KEY.id, 6, 'a'));
  t.match(first.reply, { ok: true, passkey: { id: SECURITY_KEY.id } });
  t.match(run(first.state, assertion(SECURITY_KEY.id, 7, 'a')).reply, { ok: false, reason: 'CHALLENGE_REUSED' });
  const cloned = run(first.state, assertion(SECURITY_KEY.id, 6, 'b'));
  t.match(cloned.reply, { ok: false, reason: 'COUNTER_REPLAYED' }, 'a counter that did not grow: a clone');
  t.equal(cloned.state.passkeys[0]!.clonesRefused, 1, 'counted');
  t.equal(cloned.state.passkeys[0]!.counter, 6, 'the counter stays where the real key left it');
  t.match(run(first.state, assertion(SECURITY_KEY.id, 7, 'b')).reply, { ok: true });

  const synced = run(state, assertion(SYNCED.id, 0, 'c'));
  t.match(synced.reply, { ok: true }, 'a synced passkey reports 0');
  t.match(run(synced.state, assertion(SYNCED.id, 0, 'd')).reply, { ok: true }, 'every time');
  t.match(run(state, assertion('dW5rbm93bi1wYXNza2V5LWlk', 1, 'e')).reply, { ok: false, reason: 'UNKNOWN_PASSKEY' });

  const later = run(first.state, assertion(SYNCED.id, 0, 'f'), NOW + 600_000);
  t.equal(later.state.spent.length, 1, 'expired challenges are forgotten (their expiry refuses them)');
});

t.test('removal needs a second factor within 15 minutes; renaming and listing do not', async (t) => {
  const state = registered(SECURITY_KEY);
  t.throws(() => run(state, { type: 'remove', id: SECURITY_KEY.id }), rejected('STEP_UP_REQUIRED'));
  t.throws(
    () => run(state, { type: 'remove', id: SECURITY_KEY.id }, NOW, { level: 2, factorAt: NOW - 16 * 60_000 }),
    rejected('STEP_UP_REQUIRED'),
    'too long ago',
  );
  const removed = run(state, { type: 'remove', id: SECURITY_KEY.id }, NOW, { level: 2, factorAt: NOW - 60_000 });
  t.same(removed.state.passkeys, []);
  const renamed = run(state, { type: 'rename', id: SECURITY_KEY.id, name: 'YubiKey' });
  t.equal(renamed.state.passkeys[0]!.name, 'YubiKey');
  t.throws(() => run(state, { type: 'rename', id: SYNCED.id, name: 'x' }), rejected('UNKNOWN_PASSKEY'));
});

t.test('parseCommand refuses bad input, naming the field', async (t) => {
  const cases: [unknown, string][] = [
    [{ type: 'rename', id: 'short', name: 'x' }, 'id'],
    [{ type: 'rename', id: SECURITY_KEY.id, name: 'bell\u0007' }, 'name'],
    [{ type: 'rename', id: SECURITY_KEY.id, name: '' }, 'name'],
    [
      { type: 'register', challenge: CHALLENGE, passkey: { ...SECURITY_KEY, transports: ['pigeon'] } },
      'passkey.transports',
    ],
    [{ type: 'register', challenge: CHALLENGE, passkey: { ...SECURITY_KEY, deviceType: 'phone' } }, 'deviceType'],
    [{ type: 'register', challenge: CHALLENGE, passkey: { ...SECURITY_KEY, aaguid: 'x' } }, 'aaguid'],
    [{ ...assertion(SECURITY_KEY.id, -1, 'a') }, 'counter'],
    [{ ...assertion(SECURITY_KEY.id, 1, 'a'), challengeHash: 'xyz' }, 'challengeHash'],
    [{ type: 'forget' }, 'type'],
  ];
  for (const [payload, field] of cases) {
    t.throws(
      () => passkeys.parseCommand(payload),
      invalid(field),
      `${JSON.stringify(payload).slice(0, 60)} names ${field}`,
    );
  }
});

t.test('the security log hears of enrolments, removals and clones, not of ordinary use', async (t) => {
  const outbox = passkeys.outbox!;
  const state = registered(SECURITY_KEY);
  const change = (before: PasskeysState, payload: unknown, assurance?: { level: number; factorAt: number }) => {
    const context = at(NOW, assurance);
    const command = passkeys.parseCommand(payload);
    const after = step(passkeys, before, payload, context).state;
    return outbox({ before, after, command, context }) as { payload?: { entry?: { action: string } } } | undefined;
  };
  t.match(change(passkeys.initialState(ADA), { type: 'startRegistration' }), undefined);
  const started = run(passkeys.initialState(ADA), { type: 'startRegistration' }).state;
  t.match(
    JSON.stringify(change(started, { type: 'register', challenge: CHALLENGE, passkey: SECURITY_KEY })),
    /factor\.enrolled/,
  );
  t.equal(change(state, assertion(SECURITY_KEY.id, 9, 'a')), undefined, 'a sign-in is logged by its session');
  t.match(JSON.stringify(change(state, assertion(SECURITY_KEY.id, 2, 'a'))), /factor\.cloned/);
  t.match(
    JSON.stringify(change(state, { type: 'remove', id: SECURITY_KEY.id }, { level: 2, factorAt: NOW })),
    /factor\.removed/,
  );
});
