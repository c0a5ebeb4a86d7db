/** A session's factors: recorded at login and at each step-up, and read right from states saved before they were. */
import t from 'tap';
import { session, tokenHash } from '../../../domain/index.js';
import type { SessionState } from '../../../domain/session/index.js';
import { accountIdOf, contextOf, invalid, NOW, step } from '../kind-harness.js';

const ID = `ses_${'a'.repeat(22)}`;
const context = contextOf('session', ID);
const run = (state: SessionState, payload: unknown) => step(session, state, payload, context);

t.test('login and step-ups are recorded, newest use of each kind', async (t) => {
  const opened = run(session.initialState(ID), {
    type: 'open',
    accountId: accountIdOf('ada'),
    device: 'laptop',
    expiresAt: NOW + 60_000,
  });
  t.match(opened.reply, { factors: [{ kind: 'password', at: NOW }] }, 'a login without a factor named is by password');
  const stepped = run(opened.state, { type: 'addFactor', factor: 'totp' });
  t.same(stepped.state.factors, [
    { kind: 'password', at: NOW },
    { kind: 'totp', at: NOW },
  ]);
  t.throws(() => run(stepped.state, { type: 'addFactor', factor: 'retina' }), invalid('factor'));
});

t.test('a session saved before factors were recorded reads as logged in by password', async (t) => {
  const token = 'rt1.old';
  // Saved without the field, as a snapshot made before it was.
  const { factors: _absent, ...before } = session.initialState(ID);
  const saved = {
    ...before,
    accountId: accountIdOf('ada'),
    current: tokenHash(token),
    createdAt: NOW - 1000,
    expiresAt: NOW + 60_000,
  };
  const rotated = run(saved as SessionState, { type: 'rotate', presentedHash: tokenHash(token) });
  t.match(rotated.reply, { ok: true, factors: [{ kind: 'password', at: NOW - 1000 }] });
  const stepped = run(saved as SessionState, { type: 'addFactor', factor: 'totp' });
  t.match(stepped.reply, { factors: [{ kind: 'password' }, { kind: 'totp' }] });
});
